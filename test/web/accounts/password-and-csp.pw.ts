import { ConsoleMessage, Page } from '@playwright/test';
import { expect, expectAccessible, PHONE, test, uniqueEmail } from '../support/fixtures';

test.use({ viewport: PHONE });

/** Collects what the browser says about the Content-Security-Policy while a page is used. */
function cspViolations(page: Page): string[] {
  const seen: string[] = [];
  const note = (text: string) =>
    /Content Security Policy|Content-Security-Policy/i.test(text) && seen.push(text);
  page.on('console', (message: ConsoleMessage) => note(message.text()));
  page.on('pageerror', (error) => note(error.message));
  return seen;
}

test('a guessable password is refused beside the password field, in Vietnamese', async ({
  page,
}) => {
  const violations = cspViolations(page);
  await page.goto('/signup');
  await expectAccessible(page);
  await page.getByLabel('Hợp tác xã', { exact: true }).check();
  await page.getByLabel('Tên cơ sở').fill('HTX Thử Mật Khẩu');
  await page.getByLabel('Họ và tên người đăng ký').fill('Trần Thị Thử');
  await page.getByLabel('Email').fill(uniqueEmail('yeu'));
  const password = page.getByRole('textbox', { name: 'Mật khẩu', exact: true });
  await password.fill('password1234');
  await page.getByRole('button', { name: 'Đăng ký' }).click();
  await expect(page.getByText(/quá phổ biến/)).toBeVisible();
  await expect(password).toHaveAttribute('data-invalid', 'true');
  // The message is the field's own description, read out with it.
  const describedBy = (await password.getAttribute('aria-describedby')) ?? '';
  const ids = describedBy.split(/\s+/).filter(Boolean);
  const descriptions = await Promise.all(
    ids.map((id) => page.locator(`[id="${id}"]`).textContent()),
  );
  expect(descriptions.join(' ')).toMatch(/quá phổ biến/);
  expect(violations).toEqual([]);
});

test('the app, the API docs and the dev mailbox run under the Content-Security-Policy', async ({
  page,
}) => {
  const violations = cspViolations(page);
  const answer = await page.goto('/signin');
  expect(answer?.headers()['content-security-policy']).toContain("script-src 'self'");
  await expect(page.getByRole('heading', { name: 'Đăng nhập' })).toBeVisible();
  await page.goto('/docs');
  await expect(page.getByText('Hội Chợ API').first()).toBeVisible();
  await page.goto('/dev/mailbox');
  await expect(page.locator('body')).toContainText(/@/);
  expect(violations).toEqual([]);
});

test('while a screen’s code is on the way, the spinner is a status named in Vietnamese', async ({
  page,
}) => {
  // Hold the sign-up screen's chunk so the page is scanned while it waits, as a slow phone sees it.
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/SignUpPage-[^/]+\.js$/, async (route) => {
    await released;
    await route.continue();
  });
  await page.goto('/signup');
  const spinner = page.getByRole('status', { name: 'Đang tải…' });
  await expect(spinner).toBeVisible();
  await expectAccessible(page);
  await page.screenshot({ path: '.data/test/screens/signup-waiting-390.png' });
  release();
  await expect(page.getByRole('button', { name: 'Đăng ký' })).toBeVisible();
  await expect(spinner).toHaveCount(0);
});
