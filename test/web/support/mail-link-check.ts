import type { Browser, BrowserContext, Page } from '@playwright/test';
import { appLinks, PREVIEW_PUBLIC_URL } from '@hoicho/notifications/mails';
import type { MailTemplate } from '@hoicho/notifications/mails';
import { ALL_MAILS, mailRenderer } from '@hoicho/testing/mail-catalogue';
import { DEMO, DEMO_PASSWORD, DESK, expect, PHONE, signUpProducer } from './fixtures';

/*
 * How a mail link is judged to open "the matching screen or page of the app" (WEB.md: every
 * link in every mail lands on a real page, signing in first when needed, then back to it):
 *
 * 1. The document the link opens must be HTML. The api answers its own JSON 404 for any path
 *    that is neither a server-rendered page (invitation, catalogue, unsubscribe) nor one of the
 *    web app's paths (apps/api/src/web/web-app.controller.ts).
 * 2. When it is the web app and the screen needs an account, the app sends the visitor to
 *    /signin?next=<the link>; the check signs in there through the form as a user of the
 *    area's role (a new producer for /producer, the demo organiser or gate staff otherwise) and
 *    must be brought back to the link's own path and query.
 * 3. The app then shows the screen: a heading or an alert. If that is the "page not found"
 *    state, it must have come from the API saying the record is gone (a 404 to the screen's own
 *    request, as for a preview's made-up id): then the screen exists. A not-found with no such
 *    answer is the router's catch-all, i.e. no route matches the link: the check fails.
 *
 * It decides by running the app as built, so routes that other parts add (or lose) count the
 * moment they are merged, with no list to keep in step.
 */

const NOT_FOUND = /Không tìm thấy trang|Page not found/;

/** The links to the app in every part of a template, rendered from its preview in both languages. */
export async function appLinksIn(template: MailTemplate): Promise<string[]> {
  const renderer = mailRenderer();
  const links = new Set<string>();
  for (const locale of ['vi', 'en'] as const) {
    const unsubscribeUrl = template.bulk
      ? appLinks.unsubscribe(PREVIEW_PUBLIC_URL, 'u2.preview', locale)
      : undefined;
    const mail = await renderer.render(template.name, locale, template.preview, {
      unsubscribeUrl,
    });
    const hrefs = [...mail.html.matchAll(/href="([^"]+)"/g)].map((m) =>
      m[1].replace(/&#x3D;/g, '=').replace(/&amp;/g, '&'),
    );
    const texts = mail.text.match(/https?:\/\/\S+/g) ?? [];
    for (const link of [...hrefs, ...texts]) {
      if (!link.startsWith(`${PREVIEW_PUBLIC_URL}/`)) continue;
      const url = new URL(link);
      links.add(url.pathname + url.search);
    }
  }
  return [...links].sort();
}

export const mailTemplates = () => [...ALL_MAILS] as MailTemplate[];

let producerAccount: Promise<{ email: string; password: string }> | undefined;

/** Who signs in when a link's screen asks for an account, by the area the path is in. */
function accountFor(path: string, page: Page): Promise<{ email: string; password: string }> {
  if (path.startsWith('/organiser'))
    return Promise.resolve({ email: DEMO.organiser, password: DEMO_PASSWORD });
  if (path.startsWith('/gate'))
    return Promise.resolve({ email: DEMO.gate, password: DEMO_PASSWORD });
  producerAccount ??= signUpProducer(page.request, 'HTX Kiểm Tra Đường Dẫn');
  return producerAccount;
}

/**
 * Signed-out browsers for the links, one per viewport, kept for a worker's stories: between two
 * links the cookies and the page's storage are cleared, so each link is opened as by someone
 * who never signed in, while the app's bundles come from the browser's cache (a fresh browser per
 * link compiled them again every time, most of the story's time).
 */
export class SignedOutBrowsers {
  private readonly contexts = new Map<string, Promise<BrowserContext>>();

  constructor(private readonly browser: Browser) {}

  async pageFor(path: string): Promise<{ page: Page; done: () => Promise<void> }> {
    const viewport = viewportFor(path);
    // The gate's screens register a service worker (scope /gate): each gate link gets a
    // browser of its own, as before, so no worker outlives it.
    if (path.startsWith('/gate')) {
      const context = await newSignedOutContext(this.browser, viewport);
      return { page: await context.newPage(), done: () => context.close() };
    }
    const key = `${viewport.width}x${viewport.height}`;
    if (!this.contexts.has(key))
      this.contexts.set(key, newSignedOutContext(this.browser, viewport));
    const context = await this.contexts.get(key)!;
    await context.clearCookies();
    const page = await context.newPage();
    return {
      page,
      done: async () => {
        try {
          // What the app keeps in the origin (language, chosen body) goes with the cookies.
          // (As text: the node tsconfig has no DOM types.)
          if (page.url().startsWith(process.env.WEB_BASE_URL!))
            await page.evaluate('localStorage.clear(); sessionStorage.clear()');
          await page.close();
          await context.clearCookies();
        } catch {
          // Whatever could not be cleared goes with its browser: the next link gets a new one.
          this.contexts.delete(key);
          await context.close();
        }
      },
    };
  }

  async close(): Promise<void> {
    for (const context of this.contexts.values()) await (await context).close();
  }
}

const viewportFor = (path: string) => (path.startsWith('/organiser') ? DESK : PHONE);

const newSignedOutContext = (browser: Browser, viewport: { width: number; height: number }) =>
  browser.newContext({ viewport, baseURL: process.env.WEB_BASE_URL });

/** Opens `path` in a signed-out browser as the mail's recipient would, and checks the result. */
export async function expectLinkOpensScreen(
  browsers: SignedOutBrowsers,
  path: string,
): Promise<void> {
  const { page, done } = await browsers.pageFor(path);
  try {
    const apiNotFound: string[] = [];
    page.on('response', (r) => {
      if (r.status() === 404 && new URL(r.url()).pathname.startsWith('/api/'))
        apiNotFound.push(r.url());
    });
    const response = await page.goto(path);
    expect(response, path).not.toBeNull();
    expect(
      response!.headers()['content-type'] ?? '',
      `${path}: a page, not the API's JSON`,
    ).toContain('text/html');
    if ((await page.locator('#root').count()) === 0) return; // a server-rendered page
    const settled = page.locator('h1, [role="alert"]').first();
    await expect(settled, `${path}: a screen appears`).toBeVisible();
    const here = new URL(page.url());
    if (here.pathname === '/signin' && !path.startsWith('/signin')) {
      expect(here.searchParams.get('next'), `${path}: sign in, then back here`).toBe(path);
      const account = await accountFor(path, page);
      await page.getByLabel('Email').fill(account.email);
      await page.getByRole('textbox', { name: /Mật khẩu|Password/ }).fill(account.password);
      await page.getByRole('button', { name: /Đăng nhập|Sign in/ }).click();
      await expect
        .poll(
          () => {
            const url = new URL(page.url());
            return url.pathname + url.search;
          },
          { message: `${path}: back on the link after signing in` },
        )
        .toBe(path);
      await expect(settled).toBeVisible();
    }
    if (await page.getByText(NOT_FOUND).isVisible())
      expect(apiNotFound, `${path}: the app has no screen for this link`).not.toEqual([]);
  } finally {
    await done();
  }
}
