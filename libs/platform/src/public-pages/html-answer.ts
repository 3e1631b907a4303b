import { Response } from 'express';
import { AppError } from '../errors/app-error';
import { ERROR_STATUS } from '../errors/error-status.map';

/**
 * Sends a rendered page. Pages are per visitor (a token, a language, a form's values): never
 * stored by a shared cache.
 */
export function sendPage(response: Response, status: number, html: string): void {
  response.status(status).type('html').setHeader('Cache-Control', 'no-store').send(html);
}

/** Post/Redirect/Get: a form that worked sends the browser on to its result page. */
export function seeOther(response: Response, location: string): void {
  response.setHeader('Cache-Control', 'no-store');
  response.redirect(303, location);
}

/** The HTTP status a page answers with for a failure (as the API would for the same error). */
export function statusOf(error: unknown): number {
  return error instanceof AppError ? ERROR_STATUS[error.kind] : 500;
}
