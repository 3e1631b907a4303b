import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect } from '../../support/fixtures';

/**
 * `expectAccessible` for a screen that shows a mail inside a sandboxed iframe: the letter runs
 * no script, so axe cannot enter it (its injection waits for a script context that never comes);
 * the screen around it is checked, the letter is the mail template's.
 */
export async function expectAccessibleAround(page: Page, frame: string): Promise<void> {
  const results = await new AxeBuilder({ page }).exclude(frame).analyze();
  const serious = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  expect(serious).toEqual([]);
}
