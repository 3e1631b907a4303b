import Handlebars from 'handlebars';
import { Locale, LOCALES } from '../outbox/message-status';
import { FOOTER, HTML_LAYOUT, TEXT_LAYOUT } from './layout';
import { MailAddress, MailAttachment, MailTemplate } from './mail-template';
import { MailTemplateRegistry } from './mail-template-registry';
import { TemplateName } from './template-data.map';

export interface RenderedMail {
  subject: string;
  html: string;
  text: string;
  attachments: MailAttachment[];
  replyTo: MailAddress | null;
}

const HO_CHI_MINH = 'Asia/Ho_Chi_Minh';

function createEngine(): typeof Handlebars {
  const engine = Handlebars.create();
  engine.registerHelper('vnd', (amount: unknown) =>
    new Intl.NumberFormat('vi-VN', { style: 'currency', currency: 'VND' }).format(
      BigInt(String(amount)),
    ),
  );
  engine.registerHelper('date', (value: unknown) =>
    new Intl.DateTimeFormat('vi-VN', {
      timeZone: HO_CHI_MINH,
      day: '2-digit',
      month: '2-digit',
      year: 'numeric',
    }).format(new Date(String(value))),
  );
  engine.registerHelper('time', (value: unknown) =>
    new Intl.DateTimeFormat('vi-VN', {
      timeZone: HO_CHI_MINH,
      hour: '2-digit',
      minute: '2-digit',
      hour12: false,
    }).format(new Date(String(value))),
  );
  engine.registerHelper('eq', (a: unknown, b: unknown) => a === b);
  return engine;
}

type Compiled = (context: object) => string;

/** Plain text a sender wrote (a campaign message): blank lines separate paragraphs. */
function paragraphsOf(value: unknown): string[] {
  return String(value ?? '')
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
}

/** Compiles each part once; HTML escapes user data, the text part and subject do not. */
export class TemplateRenderer {
  private readonly html = createEngine();
  // Engines share Handlebars' Utils, so the plain one turns escaping off per compile (noEscape).
  private readonly plain = createEngine();
  private readonly cache = new Map<string, Compiled>();
  private readonly htmlLayout = this.html.compile(HTML_LAYOUT);
  private readonly textLayout = this.plain.compile(TEXT_LAYOUT, { noEscape: true });

  constructor(private readonly templates: MailTemplateRegistry) {
    this.html.registerHelper(
      'paragraphs',
      (value: unknown) =>
        new Handlebars.SafeString(
          paragraphsOf(value)
            .map(
              (p) =>
                `<p>${p
                  .split('\n')
                  .map((line) => Handlebars.escapeExpression(line))
                  .join('<br>')}</p>`,
            )
            .join('\n'),
        ),
    );
    this.plain.registerHelper('paragraphs', (value: unknown) => paragraphsOf(value).join('\n\n'));
  }

  template(name: string): MailTemplate {
    return this.templates.get(name);
  }

  /**
   * Parses every part of every registered template in both languages, so a template that
   * cannot render (a part missing, a broken `{{…}}`) stops the process at start instead of
   * failing its messages one by one.
   */
  checkAll(): void {
    const broken: string[] = [];
    for (const template of this.templates.all()) {
      for (const part of ['subject', 'html', 'text'] as const) {
        for (const locale of LOCALES) {
          const source = template[part]?.[locale];
          try {
            if (typeof source !== 'string') throw new Error('missing');
            Handlebars.parse(source);
          } catch (error) {
            broken.push(`${template.name} ${part} (${locale}): ${(error as Error).message}`);
          }
        }
      }
    }
    if (broken.length) throw new Error(`Mail templates cannot render: ${broken.join('; ')}`);
  }

  private compiled(key: string, source: string, engine: 'html' | 'plain'): Compiled {
    let fn = this.cache.get(key);
    if (!fn) {
      fn =
        engine === 'html'
          ? this.html.compile(source, { strict: true })
          : this.plain.compile(source, { noEscape: true, strict: true });
      this.cache.set(key, fn);
    }
    return fn;
  }

  async render(
    name: TemplateName | string,
    locale: Locale,
    data: object,
    extra: { unsubscribeUrl?: string } = {},
  ): Promise<RenderedMail> {
    const template = this.template(name);
    const context = { ...data, locale };
    const subject = this.compiled(
      `${name}:${locale}:subject`,
      template.subject[locale],
      'plain',
    )(context)
      .replace(/\s+/g, ' ')
      .trim();
    const frame = { locale, subject, footer: FOOTER[locale], unsubscribeUrl: extra.unsubscribeUrl };
    const html = this.htmlLayout({
      ...frame,
      body: this.compiled(`${name}:${locale}:html`, template.html[locale], 'html')(context),
    });
    const text = this.textLayout({
      ...frame,
      body: this.compiled(`${name}:${locale}:text`, template.text[locale], 'plain')(context),
    });
    const attachments = template.attachments
      ? await template.attachments(data as never, locale)
      : [];
    const replyTo = template.replyTo ? template.replyTo(data as never) : null;
    return { subject, html, text, attachments, replyTo };
  }
}
