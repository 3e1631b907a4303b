import { AppError, Language, localiseError, PublicPageRenderer, statusOf } from '@hoicho/platform';
import { VISITOR_ERROR_PAGE } from './fair.page';
import { VISITOR_PAGE_TEXTS } from './visitor-page-texts';

/**
 * A failure as a page in the visitor's language, with the status the API gives the same error.
 * Anything but an AppError is a fault of ours: it goes on to the error filter and the log.
 */
export function errorPage(
  pages: PublicPageRenderer,
  error: unknown,
  lang: Language,
  path: string,
  back?: { url: string; text: string },
): { status: number; html: string } {
  if (!(error instanceof AppError)) throw error;
  const t = VISITOR_PAGE_TEXTS[lang];
  const notFound = error.kind === 'not_found';
  const message = notFound
    ? t.notFound
    : localiseError(
        { code: error.code, message: error.message, own: true, fields: error.fields },
        lang,
      ).message;
  return {
    status: statusOf(error),
    html: pages.render(VISITOR_ERROR_PAGE, {
      lang,
      path,
      heading: notFound ? t.notFoundTitle : t.errorTitle,
      message,
      // Nothing to go back to behind a link that opens nothing.
      backUrl: notFound ? undefined : back?.url,
      backText: back?.text,
    }),
  };
}
