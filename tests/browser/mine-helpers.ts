// My records as the browser tests drive it: import a file through the page's file input, start from an empty store.
import type { Page } from 'playwright-core';
import { appUrl, waitForView } from './browser';

/** Puts a file into My records' file input, as a user choosing it would. */
export async function importText(page: Page, name: string, content: string | Buffer): Promise<void> {
  const buffer = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  await page.locator('input[type="file"]').setInputFiles({ name, mimeType: 'text/plain', buffer });
}

/** Opens My records in English and removes every record, so that a test starts from none. */
export async function clearMine(page: Page, baseURL: string): Promise<void> {
  await page.goto(appUrl(baseURL, { view: 'mine', lang: 'en' }));
  await waitForView(page);
  const removeAll = page.getByRole('button', { name: 'Remove all', exact: true });
  if (await removeAll.isVisible()) {
    await removeAll.click();
    await page.getByRole('button', { name: /^Remove (all )?\d[\d,]* records? for good$/ }).click();
  }
  await page.getByRole('heading', { name: '0 records kept in this browser' }).waitFor();
}
