import { expect, type Locator, type Page } from '@playwright/test';
import { appReady } from '../fixtures';

/** The home screen: the workshop library. */
export class LibraryPage {
  constructor(readonly page: Page) {}

  async goto(): Promise<void> {
    await this.page.goto('./#/');
    await appReady(this.page);
    await expect(this.page.getByRole('heading', { name: 'Tandem', level: 1 })).toBeVisible();
  }

  card(title: string): Locator {
    return this.page.getByRole('listitem', { name: title, exact: true });
  }

  async create(company: string, title: string): Promise<void> {
    await this.page.getByRole('button', { name: 'New workshop' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'New workshop' });
    await dialog.getByLabel('Company').fill(company);
    await dialog.getByLabel('Workshop title').fill(title);
    await dialog.getByRole('button', { name: 'Create workshop' }).click();
    await expect(this.page.getByRole('heading', { name: title, level: 1 })).toBeVisible();
  }

  async rename(from: string, to: string): Promise<void> {
    await this.card(from).getByRole('button', { name: 'Rename' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Rename workshop' });
    await dialog.getByLabel('New title').fill(to);
    await dialog.getByRole('button', { name: 'Rename' }).click();
    await expect(this.card(to)).toBeVisible();
  }

  async delete(title: string): Promise<void> {
    await this.card(title).getByRole('button', { name: 'Delete' }).click();
    await this.page
      .getByRole('dialog', { name: 'Delete this workshop?' })
      .getByRole('button', { name: 'Delete' })
      .click();
    await expect(this.card(title)).toHaveCount(0);
  }
}
