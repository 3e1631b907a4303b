import { mailRenderer, TEMPLATES } from '@hoicho/testing/mail-catalogue';
import { LOCALES } from '../outbox/message-status';
import { MailTemplate } from './mail-template';
import { UnknownTemplateError } from './mail-template-registry';

const renderer = mailRenderer();
const catalogue = Object.values(TEMPLATES) as MailTemplate[];
const UNSUBSCRIBE = 'https://hoicho.example/api/v1/unsubscribe?token=abc.def';

describe('TemplateRenderer', () => {
  describe.each(catalogue.map((t) => [t.name, t] as const))('%s', (_name, template) => {
    it.each(LOCALES)('renders %s from its preview data', async (locale) => {
      const mail = await renderer.render(template.name, locale, template.preview, {
        unsubscribeUrl: template.bulk ? UNSUBSCRIBE : undefined,
      });
      expect(mail.subject.length).toBeGreaterThan(3);
      expect(mail.subject).not.toMatch(/[{}<>\n]/);
      expect(mail.html).toContain(`<html lang="${locale}">`);
      expect(mail.html).toContain('Hội Chợ');
      expect(mail.html).not.toMatch(/\{\{|\}\}/);
      // The text part is real text: no markup, no HTML entities, the same data as the HTML part.
      expect(mail.text.trim().length).toBeGreaterThan(20);
      expect(mail.text).not.toMatch(
        /<\/?(p|a|br|strong|table)\b|&(lt|gt|amp|quot|#\d+);|\{\{|\}\}/,
      );
      const fullName = (template.preview as { fullName?: string }).fullName;
      if (fullName) {
        expect(mail.html).toContain(fullName);
        expect(mail.text).toContain(fullName);
      }
      // The two languages really differ, and the footer follows the language.
      expect(mail.text).toContain(
        locale === 'vi' ? 'Thư này được gửi tự động' : 'This message was sent automatically',
      );
      if (template.bulk) {
        expect(mail.html).toContain(`href="${UNSUBSCRIBE.replace(/=/g, '&#x3D;')}"`);
        expect(mail.text).toContain(UNSUBSCRIBE);
      } else {
        expect(mail.html).not.toContain('unsubscribe');
      }
    });

    it('says different things in vi and en', async () => {
      const [vi, en] = await Promise.all(
        LOCALES.map((locale) => renderer.render(template.name, locale, template.preview)),
      );
      expect(vi.text).not.toEqual(en.text);
      expect(vi.html).not.toEqual(en.html);
    });
  });

  it('covers every template with preview data for every field the parts use', () => {
    expect(catalogue.length).toBeGreaterThanOrEqual(4);
    for (const template of catalogue) expect(template.preview).toBeDefined();
  });

  it('escapes user-provided names in the HTML part and keeps them verbatim in the plain text part', async () => {
    const fullName = '<script>alert("x")</script> & <b>Bình</b>';
    const mail = await renderer.render('account.verify-email', 'vi', {
      ...TEMPLATES['account.verify-email'].preview,
      fullName,
    });
    expect(mail.html).not.toContain('<script>');
    expect(mail.html).not.toContain('<b>Bình</b>');
    expect(mail.html).toContain(
      '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;b&gt;Bình&lt;/b&gt;',
    );
    expect(mail.text).toContain(fullName);
    expect(mail.text).not.toContain('&lt;');
  });

  it('does not turn escaping off for HTML after rendering a text part (engines share Handlebars utils)', async () => {
    const preview = TEMPLATES['account.welcome-staff'].preview;
    await renderer.render('account.welcome-staff', 'en', preview);
    const mail = await renderer.render('account.welcome-staff', 'en', {
      ...preview,
      bodyName: 'A <i>&</i> B',
    });
    expect(mail.html).toContain('A &lt;i&gt;&amp;&lt;/i&gt; B');
    expect(mail.text).toContain('A <i>&</i> B');
    expect(mail.subject).toBe('Your account at A <i>&</i> B');
  });

  it('escapes a campaign message paragraph by paragraph and keeps the text part plain', async () => {
    const message =
      'First line <img src=x onerror=alert(1)>\nsecond line\n\nSecond paragraph & more';
    const mail = await renderer.render(
      'campaign.generic',
      'en',
      { ...TEMPLATES['campaign.generic'].preview, message, actionUrl: null, actionLabel: null },
      { unsubscribeUrl: UNSUBSCRIBE },
    );
    expect(mail.html).toContain(
      '<p>First line &lt;img src&#x3D;x onerror&#x3D;alert(1)&gt;<br>second line</p>\n<p>Second paragraph &amp; more</p>',
    );
    expect(mail.html).not.toContain('<img');
    expect(mail.text).toContain(
      'First line <img src=x onerror=alert(1)>\nsecond line\n\nSecond paragraph & more',
    );
    expect(mail.html).not.toContain('style="background:#0c6b58;color:#fff;padding:10px');
  });

  it('rejects an unknown template and missing data', async () => {
    await expect(renderer.render('no.such-template', 'vi', {})).rejects.toBeInstanceOf(
      UnknownTemplateError,
    );
    await expect(renderer.render('account.verify-email', 'vi', { fullName: 'A' })).rejects.toThrow(
      /verifyUrl|expiresInHours/,
    );
  });

  it('addresses replies to an inquiry to the buyer, and no other mail away from the sender', async () => {
    const inquiry = await renderer.render('inquiry.received', 'vi', {
      ...TEMPLATES['inquiry.received'].preview,
      buyerName: 'Lê Hoa',
      email: 'hoa@buyer.example',
    });
    expect(inquiry.replyTo).toEqual({ name: 'Lê Hoa', address: 'hoa@buyer.example' });
    for (const template of catalogue.filter((t) => t.name !== 'inquiry.received')) {
      expect((await renderer.render(template.name, 'vi', template.preview)).replyTo).toBeNull();
    }
  });

  it('renders a sample mail recorded before it carried the samples link, without the link', async () => {
    const { samplesUrl, ...recordedBefore } = TEMPLATES['showcase.sample-received'].preview;
    const mail = await renderer.render('showcase.sample-received', 'en', recordedBefore);
    expect(mail.text).not.toContain('See your showcase samples');
    const now = await renderer.render('showcase.sample-received', 'en', {
      ...recordedBefore,
      samplesUrl,
    });
    expect(now.text).toContain(`See your showcase samples: ${samplesUrl}`);
  });
});
