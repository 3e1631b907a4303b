import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type APIRequestContext, type Page } from '@playwright/test';
import { randomUUID } from 'node:crypto';

export { expect };

/** Viewports of WEB.md: producers and gate staff on phones, organisers at a desk. */
export const PHONE = { width: 390, height: 844 };
export const DESK = { width: 1366, height: 768 };

export const DEMO_PASSWORD = 'hoicho-demo-2026';
export const DEMO = {
  organiser: 'bantochuc@congthuong.hanoi.local',
  gate: 'cong@congthuong.hanoi.local',
  producer: 'htx@phuvinh.local',
  admin: 'admin@hoicho.local',
};

export const test = base.extend({
  // Playwright reads a fixture's dependencies from its destructured first parameter.
  // eslint-disable-next-line no-empty-pattern
  baseURL: async ({}, use) => use(process.env.WEB_BASE_URL),
});

export interface CapturedMail {
  id: string;
  subject: string;
  text: string;
  html: string;
  envelopeTo: string[];
}

/** Waits for the newest mail to `to` caught by the dev mailbox, optionally with a subject. */
export async function mailTo(
  request: APIRequestContext,
  to: string,
  matches: (mail: CapturedMail) => boolean = () => true,
): Promise<CapturedMail> {
  let found: CapturedMail | undefined;
  await expect
    .poll(
      async () => {
        const response = await request.get(`/dev/mailbox/messages?to=${encodeURIComponent(to)}`);
        const mails = (await response.json()) as CapturedMail[];
        found = mails.find(matches);
        return Boolean(found);
      },
      // A mail lands within a few hundred ms of its cause: asking often (a cheap read) ends
      // the wait soon after it, where the default steps up to a second between asks.
      { timeout: 60_000, intervals: [50, 100, 200], message: `a mail to ${to}` },
    )
    .toBe(true);
  return found!;
}

/** The first link in a mail's text that contains `path`, as a path and query of the app. */
export function linkIn(mail: CapturedMail, path: string): string {
  const url = mail.text.match(/https?:\/\/\S+/g)?.find((link) => link.includes(path));
  if (!url) throw new Error(`no link with ${path} in "${mail.subject}"`);
  const parsed = new URL(url);
  return parsed.pathname + parsed.search;
}

export const uniqueEmail = (who: string) => `${who}-${randomUUID().slice(0, 8)}@example.vn`;

/** Signs the page's browser in through the web app's own sign-in call (sets the cookie). */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  const origin = new URL(process.env.WEB_BASE_URL!).origin;
  const response = await page.request.post('/api/v1/auth/browser-session', {
    data: { email, password },
    headers: { Origin: origin },
  });
  expect(response.status(), await response.text()).toBe(200);
}

export interface NewProducer {
  email: string;
  password: string;
  producerId: string;
}

/** A producer with a verified account, made through the public API as a person would. */
export async function signUpProducer(
  request: APIRequestContext,
  producerName = 'HTX Mây tre đan Thử Nghiệm',
): Promise<NewProducer> {
  const email = uniqueEmail('nsx');
  const password = 'mot cau mat khau de nho 2026';
  const answer = await request.post('/api/v1/producers/sign-up', {
    data: { email, password, fullName: 'Nguyễn Thị Thử', producerName, legalForm: 'cooperative' },
  });
  expect(answer.status(), await answer.text()).toBe(201);
  const mail = await mailTo(request, email);
  const token = new URL(`http://x${linkIn(mail, '/account/verify-email')}`).searchParams.get(
    'token',
  );
  const verified = await request.post('/api/v1/auth/verify-email', { data: { token } });
  expect(verified.status()).toBe(200);
  // The sign-up answer names no ids (it is the same for a taken address): ask who signed in.
  const login = await request.post('/api/v1/auth/login', { data: { email, password } });
  expect(login.status()).toBe(200);
  const auth = { Authorization: `Bearer ${(await login.json()).token}` };
  const me = await request.get('/api/v1/auth/me', { headers: auth });
  const { producerId } = await me.json();
  // Leaves no session behind: stories count the devices signed in.
  expect((await request.post('/api/v1/auth/logout', { headers: auth })).status()).toBe(204);
  return { email, password, producerId };
}

/** WEB.md: no serious or critical accessibility violation on any screen. */
export async function expectAccessible(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  expect(serious).toEqual([]);
}
