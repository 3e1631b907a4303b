import { expect, test as base } from './support/fixtures';
import {
  appLinksIn,
  expectLinkOpensScreen,
  mailTemplates,
  SignedOutBrowsers,
} from './support/mail-link-check';

// One set of signed-out browsers per worker: the links' pages come and go, the cache stays.
const test = base.extend<object, { signedOut: SignedOutBrowsers }>({
  signedOut: [
    async ({ browser }, use) => {
      const browsers = new SignedOutBrowsers(browser);
      await use(browsers);
      await browsers.close();
    },
    { scope: 'worker' },
  ],
});

// Every template the platform can send, rendered from its preview (whose links are built by the
// same appLinks as the real senders'), and each of its links opened as the recipient would.
for (const template of mailTemplates()) {
  test(`${template.name}: every link to the app opens its screen or page`, async ({
    signedOut,
  }) => {
    const links = await appLinksIn(template);
    expect(links.length, 'a mail to act on carries a link').toBeGreaterThan(0);
    for (const link of links) await expectLinkOpensScreen(signedOut, link);
  });
}
