import { expect, type Browser, type BrowserContext, type Locator, type Page } from '@playwright/test';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';

/** The labels of the agreement scale, in the order a participant sees them. */
const LABELS = ['Strongly disagree', 'Disagree', 'Neither agree nor disagree', 'Agree', 'Strongly agree', "Don't know"];

/** Reads the address a QR code on the screen holds, from a screenshot of it (as a phone's camera would). */
export async function decodeQr(qr: Locator): Promise<string> {
  const png = PNG.sync.read(await qr.screenshot());
  const found = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
  if (!found) throw new Error('No QR code could be read from the screenshot');
  return found.data;
}

/** A phone in the room: Playwright's mobile emulation (touch, a phone's screen), in light or dark mode. */
export async function openPhone(
  browser: Browser,
  size: { width: number; height: number },
  colorScheme: 'light' | 'dark',
): Promise<{ context: BrowserContext; phone: PhonePage }> {
  const context = await browser.newContext({
    viewport: size,
    isMobile: true,
    hasTouch: true,
    deviceScaleFactor: 2,
    colorScheme,
    userAgent:
      'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Mobile Safari/537.36',
  });
  return { context, phone: new PhonePage(await context.newPage()) };
}

/** The participant's side on a phone. */
export class PhonePage {
  /** What the page's Content-Security-Policy refused (a style or script the policy does not name). */
  readonly refusedByPolicy: string[] = [];

  constructor(readonly page: Page) {
    page.on('console', (m) => {
      if (m.text().includes('Content Security Policy')) this.refusedByPolicy.push(m.text());
    });
  }

  heading(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }

  async start(team: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Start the survey' }).tap();
    await this.page.getByRole('radio', { name: team }).tap();
    await this.page.getByRole('button', { name: 'Continue' }).tap();
  }

  /** Answers statements by tapping (one per screen: a tap goes on), until `stopAfter` or the open questions. */
  async answerStatements(seed: number, stopAfter = Infinity): Promise<number> {
    let answered = 0;
    for (let i = 0; i < 40 && answered < stopAfter; i++) {
      await expect(this.heading()).not.toHaveText('Which team are you in?');
      if ((await this.heading().textContent()) === 'In your own words') break;
      const group = this.page.getByRole('radiogroup');
      await expect(group).toHaveCount(1);
      const before = await this.page.locator('.kiosk-statement-text').textContent();
      await group.getByRole('radio', { name: LABELS[(seed + i) % LABELS.length], exact: true }).tap();
      answered += 1;
      // The next statement (or the open questions) replaces this one.
      await expect(async () => {
        const h = await this.heading().textContent();
        const now = await this.page
          .locator('.kiosk-statement-text')
          .textContent({ timeout: 300 })
          .catch(() => null);
        expect(h === 'In your own words' || now !== before).toBe(true);
      }).toPass();
    }
    return answered;
  }

  async finishWith(comment: string): Promise<void> {
    await expect(this.page.getByRole('heading', { name: 'In your own words' })).toBeVisible();
    await this.page.getByLabel(/better or differently/).fill(comment);
    await this.page.getByRole('button', { name: 'Continue' }).tap();
    await expect(this.page.getByRole('heading', { name: 'Check your answers' })).toBeVisible();
  }

  async submit(): Promise<void> {
    await this.page.getByRole('button', { name: 'Submit my answers' }).tap();
  }

  async expectThanks(): Promise<void> {
    await expect(this.page.getByRole('heading', { name: 'Thank you! Your answers are saved.' })).toBeVisible();
  }
}
