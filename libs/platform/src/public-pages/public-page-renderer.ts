import { Injectable } from '@nestjs/common';
import Handlebars from 'handlebars';
import { Language } from '../i18n/language';
import { withLanguage } from './page-language';
import { PUBLIC_PAGE_CSS_PATH } from './public-page.css';
import { PAGE_CHROME, PUBLIC_PAGE_LAYOUT } from './public-page.layout';

/**
 * One server-rendered page, kept in a template file of its own (never assembled in a
 * controller). `title` and `body` are Handlebars, rendered with the same context; every
 * `{{value}}` is HTML-escaped.
 */
export interface PageTemplate {
  name: string;
  title: string;
  body: string;
  /** Pages behind a personal link (a token) must stay out of search engines. */
  indexable?: boolean;
}

export interface PageContext {
  lang: Language;
  /** The page's own path and query, for the language switch. */
  path: string;
  description?: string;
  [key: string]: unknown;
}

type Compiled = (context: object) => string;

function createEngine(): typeof Handlebars {
  const engine = Handlebars.create();
  engine.registerHelper('eq', (a: unknown, b: unknown) => a === b);
  return engine;
}

/** Renders page templates in the shared layout; each template is compiled once. */
@Injectable()
export class PublicPageRenderer {
  private readonly engine = createEngine();
  private readonly layout = this.engine.compile(PUBLIC_PAGE_LAYOUT);
  private readonly compiled = new Map<string, { title: Compiled; body: Compiled }>();

  render(template: PageTemplate, context: PageContext): string {
    let parts = this.compiled.get(template.name);
    if (!parts) {
      parts = {
        // The title is text, escaped once by the layout.
        title: this.engine.compile(template.title, { noEscape: true }),
        body: this.engine.compile(template.body),
      };
      this.compiled.set(template.name, parts);
    }
    const otherLang: Language = context.lang === 'vi' ? 'en' : 'vi';
    const title = parts.title(context);
    return this.layout({
      lang: context.lang,
      title,
      description: context.description ?? title,
      indexable: template.indexable ?? false,
      css: PUBLIC_PAGE_CSS_PATH,
      chrome: PAGE_CHROME[context.lang],
      otherLang,
      switchUrl: withLanguage(context.path, otherLang),
      body: parts.body(context),
    });
  }
}
