import { expect, type Download, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { appReady } from '../fixtures';

/** The Actions tab: quick-add line, table, session review. */
export class ActionsPage {
  constructor(readonly page: Page) {}

  async goto(workshopId: string): Promise<void> {
    await this.page.goto(`./#/workshop/${workshopId}/actions`);
    await appReady(this.page);
    await expect(this.page.getByRole('heading', { name: /Actions: who does what by when/ })).toBeVisible();
  }

  /** Types a quick-add line and presses Enter (keyboard only). */
  async quickAdd(line: string): Promise<void> {
    const input = this.page.getByLabel('New action');
    await input.fill(line);
    await input.press('Enter');
    await expect(input).toHaveValue('');
  }

  /**
   * Types a line whose date needs a second look (past or impossible): the first Enter only warns
   * (in the preview and as an alert), the second adds it.
   */
  async quickAddPastDate(line: string, warning: RegExp): Promise<void> {
    const input = this.page.getByLabel('New action');
    await input.fill(line);
    await expect(this.page.locator('#quick-add-preview')).toContainText(warning);
    await input.press('Enter');
    await expect(this.page.getByRole('alert').filter({ hasText: /Press Enter again/ })).toBeVisible();
    await expect(input).toHaveValue(line);
    await input.press('Enter');
    await expect(input).toHaveValue('');
  }

  row(what: string) {
    return this.page.getByRole('row', {
      name: new RegExp(`^Action \\d+: ${what.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`),
    });
  }
}

/** The Export tab: one button per export; downloads in the browser build. */
export class ExportPage {
  constructor(readonly page: Page) {}

  async goto(workshopId: string): Promise<void> {
    await this.page.goto(`./#/workshop/${workshopId}/export`);
    await appReady(this.page);
    await expect(this.page.getByRole('heading', { name: 'Export', level: 2 })).toBeVisible();
  }

  card(title: string) {
    return this.page.getByRole('region', { name: title, exact: true });
  }

  /** Clicks an export button and returns the downloaded file's name and text. */
  async download(card: string, button: string): Promise<{ name: string; text: string; download: Download }> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.card(card).getByRole('button', { name: button, exact: true }).click(),
    ]);
    const file = await download.path();
    return { name: download.suggestedFilename(), text: readFileSync(file, 'utf8'), download };
  }
}

/** The print route, waited on by its readiness marker (no sleeps). */
export async function openPrint(
  page: Page,
  workshopId: string,
  document: string,
  pageSize: 'A4' | 'Letter',
): Promise<void> {
  await page.goto(`./#/print/${workshopId}/${document}?pageSize=${pageSize}`);
  await expect(page.locator(`body[data-print-doc="${document}:${pageSize}"]`)).toHaveAttribute(
    'data-print-ready',
    'true',
    {
      timeout: 30_000,
    },
  );
}
