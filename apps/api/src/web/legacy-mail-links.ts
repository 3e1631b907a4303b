import { NextFunction, Request, Response } from 'express';

const UUID = '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}';

/**
 * API URLs that mails sent before the web app existed link to, and the screen each now is.
 * The inquiry mail linked to the producer's inquiry list in the API (a 401 JSON for a
 * browser): `/api/v1/producers/:producerId/inquiries`.
 */
const LEGACY_LINKS: [RegExp, string][] = [
  [new RegExp(`^/api/v1/producers/${UUID}/inquiries/?$`), '/producer/inquiries'],
];

/**
 * Sends a browser that opens one of those links to its screen (302; the screen signs in first
 * when needed). Only a request that prefers HTML is redirected, before the guards would
 * refuse it with a 401: API clients asking for JSON, or for anything, keep the API's answer.
 */
export function redirectLegacyMailLinks(
  request: Request,
  response: Response,
  next: NextFunction,
): void {
  if (request.method !== 'GET' && request.method !== 'HEAD') return next();
  const screen = LEGACY_LINKS.find(([path]) => path.test(request.path))?.[1];
  if (!screen || request.accepts(['application/json', 'text/html']) !== 'text/html') return next();
  response.redirect(302, screen);
}
