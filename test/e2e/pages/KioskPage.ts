import { expect, type Page } from '@playwright/test';

/** The PIN every survey spec uses (the kiosk PIN is set once per data folder, on first use). */
export const KIOSK_PIN = '2468';

/** The facilitator's survey tab. */
export class SurveyTabPage {
  constructor(readonly page: Page) {}

  async goto(workshopId: string): Promise<void> {
    await this.page.goto(`./#/workshop/${workshopId}/survey`);
    await expect(this.page.getByRole('heading', { name: 'Anonymous survey' })).toBeVisible();
  }

  round(name: string) {
    return this.page.getByRole('listitem', { name: `Round ${name}` });
  }

  /** Prepares the baseline round from the question bank, opens it and enters kiosk mode with the PIN. */
  async openKiosk(): Promise<void> {
    const page = this.page;
    await page.getByRole('button', { name: 'Prepare the baseline survey' }).click();
    await page.getByRole('button', { name: 'Open for answers' }).click();
    await expect(this.round('Baseline')).toContainText('Collecting');
    await page.getByRole('button', { name: 'Open kiosk' }).click();
    await startKiosk(page);
    await expect(page.getByRole('button', { name: 'Start the survey' })).toBeVisible();
  }
}

/**
 * Completes the "Open the kiosk" dialog: waits for it (it opens once the kiosk status is known), sets the PIN
 * when this data folder has none yet, and starts kiosk mode.
 */
export async function startKiosk(page: Page): Promise<void> {
  const dialog = page.getByRole('dialog', { name: 'Open the kiosk' });
  await expect(dialog).toBeVisible();
  if (await dialog.getByLabel('New PIN').isVisible()) {
    await dialog.getByLabel('New PIN').fill(KIOSK_PIN);
    await dialog.getByLabel('PIN again').fill(KIOSK_PIN);
  }
  await dialog.getByRole('button', { name: 'Start kiosk mode' }).click();
  await expect(dialog).toBeHidden();
}

/** Closes a collecting round through its confirmation; returns the text the confirmation showed. */
export async function closeRound(page: Page, name: string): Promise<string> {
  await page
    .getByRole('listitem', { name: `Round ${name}` })
    .getByRole('button', { name: 'Close round' })
    .click();
  const dialog = page.getByRole('dialog', { name: `Close “${name}”?` });
  await expect(dialog).toBeVisible();
  const text = (await dialog.textContent()) ?? '';
  await dialog.getByRole('button', { name: 'Close round' }).click();
  await expect(page.getByRole('listitem', { name: `Round ${name}` })).toContainText('Closed');
  return text;
}

/** The participant's side of kiosk mode. */
export class KioskPage {
  constructor(readonly page: Page) {}

  /** Reloads the kiosk with shorter timings (the route accepts only shorter ones), for the tests. */
  async useShortTimings(query: string): Promise<void> {
    // The kiosk is its own page (kiosk.html): stay on it, change only the hash's query, then reload.
    const url = new URL(this.page.url());
    await this.page.goto(`${url.pathname}${url.hash.split('?')[0]}?${query}`);
    await this.page.reload();
    await this.expectWelcome();
  }

  async expectWelcome(): Promise<void> {
    await expect(this.page.getByRole('button', { name: 'Start the survey' })).toBeVisible();
    await expect(
      this.page.getByRole('heading', { name: /How well do Sales and Marketing work together/ }),
    ).toBeVisible();
  }

  /** One participant by touch or mouse: every statement answered by clicking. */
  async completeByPointer(
    team: string,
    seed: number,
    comment: string | null,
    opts: { doubleClickSubmit?: boolean } = {},
  ) {
    const page = this.page;
    await page.getByRole('button', { name: 'Start the survey' }).click();
    await page.getByRole('radio', { name: team }).click();
    await page.getByRole('button', { name: 'Continue' }).click();
    const labels = [
      'Strongly disagree',
      'Disagree',
      'Neither agree nor disagree',
      'Agree',
      'Strongly agree',
      "Don't know",
    ];
    for (let screen = 0; screen < 30; screen++) {
      const heading = page.getByRole('heading', { level: 1 });
      if ((await heading.textContent()) === 'In your own words') break;
      const groups = page.getByRole('radiogroup');
      const n = await groups.count();
      for (let i = 0; i < n; i++) {
        await groups
          .nth(i)
          .getByRole('radio', { name: labels[(seed + i) % labels.length], exact: true })
          .click();
      }
      await page.getByRole('button', { name: 'Continue' }).click();
    }
    await expect(page.getByRole('heading', { name: 'In your own words' })).toBeVisible();
    if (comment) await page.getByLabel(/better or differently/).fill(comment);
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(page.getByRole('heading', { name: 'Check your answers' })).toBeVisible();
    const submit = page.getByRole('button', { name: 'Submit my answers' });
    if (opts.doubleClickSubmit) await submit.dblclick();
    else await submit.click();
    await this.expectThanks();
  }

  /** One participant by keyboard alone, up to the summary: Enter, digits, typing, Ctrl+Enter. */
  async fillByKeyboard(teamNumber: number, comment: string): Promise<void> {
    const k = this.page.keyboard;
    await k.press('Enter');
    await expect(this.page.getByRole('heading', { name: 'Which team are you in?' })).toBeVisible();
    await k.press(String(teamNumber));
    await k.press('Enter');
    for (let screen = 0; screen < 30; screen++) {
      if ((await this.page.getByRole('heading', { level: 1 }).textContent()) === 'In your own words') break;
      const n = await this.page.getByRole('radiogroup').count();
      for (let i = 0; i < n; i++) await k.press(String(((screen + i) % 5) + 1));
      await k.press('Enter');
    }
    await expect(this.page.getByRole('heading', { name: 'In your own words' })).toBeVisible();
    await k.type(comment);
    await k.press('Control+Enter');
    await expect(this.page.getByRole('heading', { name: 'Check your answers' })).toBeVisible();
  }

  /** One participant by keyboard alone, submitted with Enter. */
  async completeByKeyboard(teamNumber: number, comment: string): Promise<void> {
    await this.fillByKeyboard(teamNumber, comment);
    await this.page.keyboard.press('Enter');
    await this.expectThanks();
  }

  async expectThanks(): Promise<void> {
    await expect(this.page.getByRole('heading', { name: 'Thank you! Your answers are saved.' })).toBeVisible();
  }

  /** Opens the exit dialog and types a PIN. */
  async tryExit(pin: string): Promise<void> {
    const dialog = this.page.getByRole('dialog', { name: 'Leave kiosk mode' });
    if (!(await dialog.isVisible()))
      await this.page.getByRole('button', { name: 'Exit kiosk mode (facilitator)' }).click();
    await dialog.getByLabel('Facilitator PIN').fill(pin);
    await dialog.getByRole('button', { name: 'Leave kiosk mode' }).click();
  }
}
