import type { Page } from '@playwright/test';
import type { MailTemplate } from '@hoicho/notifications/mails';
import { mailRenderer, TEMPLATES } from '@hoicho/testing/mail-catalogue';
import { expect, PHONE, test as base } from '../support/fixtures';

// One phone-sized page per worker: each story replaces its whole document with a mail, so a
// fresh browser per story (one per template and language) bought nothing but the time to start it.
const test = base.extend<object, { phone: Page }>({
  phone: [
    async ({ browser }, use) => {
      const context = await browser.newContext({ viewport: PHONE });
      await use(await context.newPage());
      await context.close();
    },
    { scope: 'worker' },
  ],
});

const renderer = mailRenderer();
const UNSUBSCRIBE = 'https://hoicho.example/unsubscribe?token=u2.preview&lang=vi';

/**
 * Every template, in both languages, rendered from its preview as the recipient's mail app
 * shows it on a 390 px phone: nothing wider than the screen (no sideways scrolling), images
 * (the ticket's QR, inline by cid) within it and described, and a text part that reads alone.
 */
for (const template of Object.values(TEMPLATES) as MailTemplate[]) {
  for (const locale of ['vi', 'en'] as const) {
    test(`${template.name} (${locale}) fits a 390 px screen`, async ({ phone: page }) => {
      const mail = await renderer.render(template.name, locale, template.preview, {
        unsubscribeUrl: template.bulk ? UNSUBSCRIBE : undefined,
      });
      let html = mail.html;
      for (const file of mail.attachments.filter((a) => a.cid)) {
        const data = Buffer.from(file.content).toString('base64');
        html = html.split(`cid:${file.cid}`).join(`data:${file.contentType};base64,${data}`);
      }
      await page.setContent(html, { waitUntil: 'load' });
      const width = await page
        .locator('html')
        .evaluate((html) => (html as { scrollWidth: number }).scrollWidth);
      expect(width, 'no sideways scrolling').toBeLessThanOrEqual(PHONE.width);
      for (const image of await page.locator('img').all()) {
        expect(await image.getAttribute('alt'), 'an image says what it is').toBeTruthy();
        const box = (await image.boundingBox())!;
        expect(box.x + box.width).toBeLessThanOrEqual(PHONE.width);
      }
      // The text part stands alone: words, no markup, every link spelt out.
      expect(mail.text).not.toMatch(/<\/?[a-z][^>]*>/i);
      expect(mail.text.trim().length).toBeGreaterThan(80);
      if (template.name === 'invitation.ticket' && locale === 'vi') {
        // The ticket is words with a QR, not one big image.
        const words = (await page.locator('body').innerText()).split(/\s+/).length;
        expect(words).toBeGreaterThan(60);
        await page.screenshot({ path: '.data/test/screens/ticket-mail-390.png', fullPage: true });
      }
    });
  }
}
