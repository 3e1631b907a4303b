import { expect, test } from './support/fixtures';
import { appLinksIn, expectLinkOpensScreen, mailTemplates } from './support/mail-link-check';

// Every template the platform can send, rendered from its preview (whose links are built by the
// same appLinks as the real senders'), and each of its links opened as the recipient would.
for (const template of mailTemplates()) {
  test(`${template.name}: every link to the app opens its screen or page`, async ({ browser }) => {
    const links = await appLinksIn(template);
    expect(links.length, 'a mail to act on carries a link').toBeGreaterThan(0);
    for (const link of links) await expectLinkOpensScreen(browser, link);
  });
}
