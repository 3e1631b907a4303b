import { campaignGeneric } from './campaign-generic.template';
import { AnyMailTemplate } from './mail-template';
import {
  DuplicateTemplateError,
  MailTemplateRegistry,
  UnknownTemplateError,
} from './mail-template-registry';
import { TemplateRenderer } from './template-renderer';

describe('MailTemplateRegistry', () => {
  it('gives back what a library registered, by name', () => {
    const registry = new MailTemplateRegistry();
    registry.register([campaignGeneric]);
    expect(registry.has('campaign.generic')).toBe(true);
    expect(registry.get('campaign.generic')).toBe(campaignGeneric);
    expect(registry.all()).toEqual([campaignGeneric]);
  });

  it('takes the same template twice (a library registers from its api and worker modules)', () => {
    const registry = new MailTemplateRegistry();
    registry.register([campaignGeneric]);
    registry.register([campaignGeneric]);
    expect(registry.all()).toHaveLength(1);
  });

  it('refuses a second, different template under a registered name, naming it', () => {
    const registry = new MailTemplateRegistry();
    registry.register([campaignGeneric]);
    expect(() => registry.register([{ ...campaignGeneric }])).toThrow(
      new DuplicateTemplateError('two mail templates are named campaign.generic'),
    );
  });

  it('names a template no library registered', () => {
    const registry = new MailTemplateRegistry();
    expect(registry.has('invitation.letter')).toBe(false);
    expect(() => registry.get('invitation.letter')).toThrow(
      new UnknownTemplateError('no mail template is registered as invitation.letter'),
    );
  });
});

describe('TemplateRenderer.checkAll', () => {
  const rendererOf = (...templates: AnyMailTemplate[]) => {
    const registry = new MailTemplateRegistry();
    registry.register(templates);
    return new TemplateRenderer(registry);
  };

  it('passes templates that parse in both languages', () => {
    expect(() => rendererOf(campaignGeneric).checkAll()).not.toThrow();
  });

  it('names every part that is missing or does not parse', () => {
    const broken = {
      ...campaignGeneric,
      html: { vi: '<p>{{#if fullName}}unclosed</p>', en: campaignGeneric.html.en },
      text: { vi: campaignGeneric.text.vi },
    } as unknown as AnyMailTemplate;
    expect(() => rendererOf(broken).checkAll()).toThrow(
      /^Mail templates cannot render: campaign\.generic html \(vi\): .+; campaign\.generic text \(en\): missing$/s,
    );
  });
});
