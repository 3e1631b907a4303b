import { Module } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { MailRegistryModule } from './mail-registry.module';
import { MailTemplatesModule } from './mail-templates.module';
import { campaignGeneric } from './mails/campaign-generic.template';
import { AnyMailTemplate } from './mails/mail-template';
import { MailTemplateRegistry } from './mails/mail-template-registry';
import { TemplateRenderer } from './mails/template-renderer';

/** A mail of a library of the test's own. */
const fairNews = { ...campaignGeneric, name: 'test.fair-news' } as unknown as AnyMailTemplate;

/** A library module that registers `templates`, as a library's module does. */
const libraryWith = (templates: AnyMailTemplate[]) => {
  @Module({ imports: [MailTemplatesModule.register(templates)] })
  class LibraryModule {}
  return LibraryModule;
};

/** Starts the given library modules the way an app starts them. */
async function start(...libraries: (new () => object)[]) {
  const app = await Test.createTestingModule({ imports: libraries }).compile();
  return app.init();
}

describe('MailTemplatesModule (libraries register their mails with notifications)', () => {
  it('gives every library one registry, with notifications own mail and each library mail', async () => {
    const app = await start(libraryWith([fairNews]), MailRegistryModule);
    const registry = app.get(MailTemplateRegistry);
    expect(registry.get('campaign.generic')).toBe(campaignGeneric);
    expect(registry.get('test.fair-news')).toBe(fairNews);
    const rendered = await app
      .get(TemplateRenderer)
      .render('test.fair-news', 'en', campaignGeneric.preview);
    expect(rendered.subject).toContain(campaignGeneric.preview.subject);
    await app.close();
  });

  it('refuses to start when two libraries register different templates under one name', async () => {
    const impostor = { ...fairNews } as AnyMailTemplate;
    await expect(start(libraryWith([fairNews]), libraryWith([impostor]))).rejects.toThrow(
      'two mail templates are named test.fair-news',
    );
  });

  it('refuses to start with a registered template that cannot render, naming the part', async () => {
    const broken = { ...fairNews, name: 'test.broken', subject: { vi: '{{#if x}}', en: 'ok' } };
    await expect(start(libraryWith([broken as AnyMailTemplate]))).rejects.toThrow(
      /Mail templates cannot render: test\.broken subject \(vi\)/,
    );
  });
});
