import AxeBuilder from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test, type BridgeClient } from './fixtures';
import { defaultQuestionSet } from '../../shared/domain/survey/questionBank';
import type { Workshop } from '../../shared/schema/workshop';
import { seedResultsWorkshop, submitResponses, type Call } from './helpers/seedResults';
import { PresentPage } from './pages/PresentPage';

const SHOTS = 'test-results/present';
mkdirSync(SHOTS, { recursive: true });

const callOf =
  (bridge: BridgeClient): Call =>
  (channel, ...args) =>
    bridge.call(channel, ...args);

async function axeSeriousOrCritical(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

test.describe('present mode', () => {
  test('12 responses walked through with the keyboard at 1920x1080: every slide legible, no serious a11y issues', async ({
    page,
    bridge,
  }) => {
    test.setTimeout(240_000);
    const w = await seedResultsWorkshop(callOf(bridge), {
      title: 'Present 12',
      sizes: { Sales: 6, Marketing: 6 },
      followUp: true,
    });
    await page.setViewportSize({ width: 1920, height: 1080 });
    const present = new PresentPage(page);
    await present.goto(w.id);
    await present.expectSlide(1);
    const count = await present.count();
    expect(count).toBeGreaterThanOrEqual(15);

    // Clicker keys and the keyboard.
    await page.keyboard.press('ArrowRight');
    await present.expectSlide(2);
    await page.keyboard.press('PageDown');
    await present.expectSlide(3);
    await page.keyboard.press('Space');
    await present.expectSlide(4);
    await page.keyboard.press('PageUp');
    await present.expectSlide(3);
    await page.keyboard.press('ArrowLeft');
    await present.expectSlide(2);
    await page.keyboard.press('End');
    await present.expectSlide(count);
    await page.keyboard.press('Home');
    await present.expectSlide(1);
    await page.keyboard.press('1');
    await page.keyboard.press('2');
    await present.expectSlide(12);
    await page.keyboard.press('4');
    await present.expectSlide(4);
    await page.keyboard.press('b');
    await expect(present.main).toHaveAttribute('data-blank', 'true');
    await expect(page.getByLabel('Screen blanked')).toBeVisible();
    await page.keyboard.press('.');
    await expect(present.main).toHaveAttribute('data-blank', 'false');

    // The slide list jumps anywhere.
    await page.keyboard.press('l');
    const list = page.getByRole('dialog', { name: 'Slides' });
    await expect(list).toBeVisible();
    await list.getByRole('button', { name: /^\d+ .*Overall alignment score/ }).click();
    await expect(list).toBeHidden();
    expect(await present.slideId()).toBe('overall');

    // Walk every slide: screenshot, text size, accessibility scan.
    await page.keyboard.press('Home');
    const seen: string[] = [];
    for (let i = 1; i <= count; i++) {
      await present.expectSlide(i);
      const id = await present.slideId();
      seen.push(id);
      const smallest = await present.smallestTextPx();
      expect(smallest.px, `smallest text on ${id}: "${smallest.text}"`).toBeGreaterThanOrEqual(28);
      const violations = await axeSeriousOrCritical(page);
      expect(violations, `axe on ${id}`).toEqual([]);
      await present.waitToolbarHidden();
      await page.screenshot({ path: `${SHOTS}/1920x1080-${String(i).padStart(2, '0')}-${id}.png` });
      await page.keyboard.press('ArrowRight');
    }
    for (const id of [
      'title',
      'agenda',
      'objectives',
      'participation',
      'overall',
      'dimensions',
      'gaps-dimensions',
      'gaps-statements',
      'strengths',
      'comments-1',
      'change',
    ])
      expect(seen).toContain(id);
    expect(seen.some((s) => s.startsWith('distribution-'))).toBe(true);

    // The objectives slide shows the seed's example worked backwards.
    await page.keyboard.press('Home');
    await page.keyboard.press('3');
    await present.expectSlide(3);
    await expect(present.stage()).toContainText('10,000 / 1,000 = 10 customers');
    await expect(present.stage()).toContainText('10 / 2% = 500 leads');

    // Esc leaves present mode.
    await page.keyboard.press('Escape');
    await expect(page).toHaveURL(new RegExp(`#/workshop/${w.id}/`));
  });

  test('at 1280x720 in the light theme, slides fit and read the same', async ({ page, bridge }) => {
    test.setTimeout(180_000);
    const w = await seedResultsWorkshop(callOf(bridge), { title: 'Present 720', sizes: { Sales: 6, Marketing: 6 } });
    await page.setViewportSize({ width: 1280, height: 720 });
    const present = new PresentPage(page);
    await present.goto(w.id);
    await page.mouse.move(400, 400);
    await page.getByRole('button', { name: 'Light theme' }).click();
    await expect(page.locator('main.present')).toHaveAttribute('data-projector-theme', 'light');
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.mouse.move(0, 0);
    const count = await present.count();
    for (let i = 1; i <= count; i++) {
      await present.expectSlide(i);
      const id = await present.slideId();
      // The whole 16:9 stage is on screen: nothing cut off.
      const box = await present.stage().boundingBox();
      expect(box && box.width <= 1281 && box.height <= 721).toBe(true);
      const violations = await axeSeriousOrCritical(page);
      expect(violations, `axe on ${id}`).toEqual([]);
      await present.waitToolbarHidden();
      await page.screenshot({ path: `${SHOTS}/1280x720-light-${String(i).padStart(2, '0')}-${id}.png` });
      await page.keyboard.press('PageDown');
    }
    // Put the preference back for the other tests.
    await bridge.call('settings.update', { projectorTheme: 'dark' });
  });

  test('a round with only 2 marketers hides Marketing (and Sales, its complement) with the anonymity label', async ({
    page,
    bridge,
  }) => {
    test.setTimeout(120_000);
    const w = await seedResultsWorkshop(callOf(bridge), { title: 'Two marketers', sizes: { Sales: 10, Marketing: 2 } });
    await page.setViewportSize({ width: 1920, height: 1080 });
    const present = new PresentPage(page);
    await present.goto(w.id);
    const count = await present.count();
    const ids: string[] = [];
    for (let i = 1; i <= count; i++) {
      await present.expectSlide(i);
      const id = await present.slideId();
      ids.push(id);
      if (id === 'participation') {
        await expect(present.stage()).toContainText('Hidden to protect anonymity (fewer than 5)');
        await expect(present.stage()).toContainText('No responses');
        await expect(present.stage()).toContainText('12');
      }
      if (id === 'dimensions') {
        await expect(present.stage()).toContainText('Marketing');
        await expect(present.stage()).toContainText('Hidden to protect anonymity (fewer than 5)');
      }
      if (id === 'gaps-dimensions') {
        await expect(present.stage()).toContainText('Marketing has fewer than 5 responses');
      }
      if (['participation', 'dimensions', 'gaps-dimensions'].includes(id)) {
        await present.waitToolbarHidden();
        await page.screenshot({ path: `${SHOTS}/two-marketers-${id}.png` });
        expect(await axeSeriousOrCritical(page)).toEqual([]);
      }
      await page.keyboard.press('ArrowRight');
    }
    expect(ids).toContain('participation');
    expect(ids).not.toContain('gaps-statements');
  });

  test('the timer keeps running across slides and a reload; the audience window follows the presenter', async ({
    page,
    bridge,
  }) => {
    test.setTimeout(120_000);
    const w = await seedResultsWorkshop(callOf(bridge), { title: 'Timer', sizes: { Sales: 5, Marketing: 5 } });
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`./#/workshop/${w.id}/agenda`);
    const timer = page.getByRole('timer', { name: 'Agenda timer' });
    await expect(timer).toContainText('Not started');
    await page.getByRole('button', { name: /Start/ }).click();
    await expect(timer).toContainText('Running');
    await page.getByRole('button', { name: '+5 min' }).click();
    await expect(timer).toContainText(/1[45]:\d\d/);
    await expect(page.getByText('Saved', { exact: false }).first()).toBeVisible();

    const present = new PresentPage(page);
    await present.goto(w.id, 2);
    expect(await present.slideId()).toBe('agenda');
    await expect(present.stage()).toContainText('Running');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowLeft');
    await page.reload();
    await expect(present.main).toBeVisible();
    await expect(present.stage()).toContainText('Running');
    await expect(present.stage()).toContainText(/1[45]:\d\d/);
    // T pauses and resumes the timer from present mode.
    await page.keyboard.press('t');
    await expect(present.stage()).toContainText('Paused');
    await page.keyboard.press('t');
    await expect(present.stage()).toContainText('Running');

    // The audience view opens in a second window and follows the presenter's slides.
    await page.mouse.move(300, 300);
    const [audience] = await Promise.all([
      page.waitForEvent('popup'),
      page.getByRole('button', { name: 'Audience window' }).click(),
    ]);
    await expect(audience.locator('main.audience')).toHaveAttribute('data-slide-id', 'agenda');
    await expect(page.getByRole('region', { name: 'Notes' })).toBeVisible();
    await page.keyboard.press('ArrowRight');
    await expect(audience.locator('main.audience')).toHaveAttribute('data-slide-id', await present.slideId());
    await page.keyboard.press('b');
    await expect(audience.getByLabel('Screen blanked')).toBeVisible();
    await page.keyboard.press('b');
    await page.screenshot({ path: `${SHOTS}/presenter-view.png` });
    // The comment wall is in one shuffled order in both windows.
    for (let i = 0; i < 30 && (await present.slideId()) !== 'comments-1'; i++) await page.keyboard.press('ArrowRight');
    await expect(audience.locator('main.audience')).toHaveAttribute('data-slide-id', 'comments-1');
    const presenterOrder = await page.locator('.presenter-current .comment-text').allTextContents();
    expect(presenterOrder.length).toBeGreaterThan(0);
    await expect(audience.locator('.comment-text')).toHaveText(presenterOrder);
    // A clicker talking to the audience window drives the presenter too.
    const before = Number(await present.main.getAttribute('data-slide-index'));
    await audience.keyboard.press('PageUp');
    await present.expectSlide(before - 1);
    await audience.keyboard.press('PageDown');
    await present.expectSlide(before);
    await audience.screenshot({ path: `${SHOTS}/audience-view.png` });
  });

  test('the objectives form works the seed example out and puts messages by wrong fields', async ({ page, bridge }) => {
    const w = await bridge.createWorkshop({ title: 'Calculator' });
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`./#/workshop/${w.id}/agenda`);
    const form = page.getByRole('region', { name: /Objectives/ });
    await form.getByRole('textbox', { name: 'Revenue goal' }).fill('10,000');
    await form.getByRole('textbox', { name: 'Average deal size' }).fill('1000');
    await form.getByRole('textbox', { name: 'Lead-to-customer rate' }).fill('2');
    await form.getByLabel('Period').selectOption('month');
    await expect(page.getByTestId('per-period-customers')).toHaveText('10');
    await expect(page.getByTestId('per-period-leads')).toHaveText('500');
    await expect(form).toContainText('10,000 / 1,000 = 10 customers');
    await expect(form).toContainText('10 / 2% = 500 leads');
    await expect(form.getByText('Read as 10,000')).toBeVisible();
    await form.getByRole('textbox', { name: 'Lead-to-customer rate' }).fill('150');
    // The field refuses it (nothing is stored) and says why, by the field.
    await expect(form.getByText('A conversion rate is at most 100% (everyone moves on); 150% is more.')).toBeVisible();
    await form.getByRole('textbox', { name: 'Average deal size' }).fill('-5');
    await expect(form.getByText('The average deal size must be more than zero.')).toBeVisible();
    await form.getByRole('textbox', { name: 'Average deal size' }).fill('abc');
    await expect(form.getByText(/“abc” has letters: type the average deal size in digits/)).toBeVisible();
    await expect(form).not.toContainText('NaN');
    await expect(form).not.toContainText('Infinity');
    await page.screenshot({ path: `${SHOTS}/agenda-tab-errors.png`, fullPage: true });
    expect(await axeSeriousOrCritical(page)).toEqual([]);
  });

  test('agenda fields keep invalid text with a message and save nothing invalid', async ({ page, bridge }) => {
    const w = await bridge.createWorkshop({ title: 'Agenda checks' });
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`./#/workshop/${w.id}/agenda`);
    const agenda = page.getByRole('region', { name: 'Agenda', exact: true });
    const minutes = agenda.getByRole('textbox', { name: 'Minutes' }).first();
    const before = (await bridge.open(w.id)).agenda.items[0]!;
    for (const [typed, message] of [
      ['0', 'at least 1 minute'],
      ['-5', 'at least 1 minute'],
      ['', 'Enter the minutes'],
      ['999999', 'at most 600 minutes'],
    ] as const) {
      await minutes.fill(typed);
      await expect(minutes).toHaveValue(typed);
      await expect(minutes).toHaveAttribute('aria-invalid', 'true');
      await expect(agenda.getByRole('alert').filter({ hasText: message })).toBeVisible();
    }
    const title = agenda.getByRole('textbox', { name: 'Title of item 1' });
    await title.fill('');
    await title.blur();
    await expect(title).toHaveValue('');
    await expect(agenda.getByRole('alert').filter({ hasText: 'Give the item a title.' })).toBeVisible();
    await page.screenshot({ path: `${SHOTS}/agenda-invalid-fields.png` });
    await expect(page.getByTestId('save-state')).toHaveText(/All changes saved/);
    const kept = (await bridge.open(w.id)).agenda.items[0]!;
    expect({ title: kept.title, minutes: kept.minutes }).toEqual({ title: before.title, minutes: before.minutes });
    await minutes.fill('25');
    await title.fill('Opening');
    await expect(agenda.getByRole('alert')).toHaveCount(0);
    await expect
      .poll(async () => (await bridge.open(w.id)).agenda.items[0]!)
      .toMatchObject({ title: 'Opening', minutes: 25 });
  });

  test('the present toolbar hides after a click and on presenting keys, and comes back near the bottom', async ({
    page,
    bridge,
  }) => {
    const w = await bridge.createWorkshop({ title: 'Toolbar' });
    await page.setViewportSize({ width: 1280, height: 720 });
    const present = new PresentPage(page);
    await present.goto(w.id);
    const toolbar = page.locator('.present-toolbar');
    await present.waitToolbarHidden();
    await page.mouse.move(640, 700);
    await expect(toolbar).toHaveAttribute('data-visible', 'true');
    await page.getByRole('button', { name: 'Next slide' }).click();
    await present.expectSlide(2);
    // A clicked button keeps no focus that would pin the toolbar on screen.
    await page.mouse.move(640, 300);
    await present.waitToolbarHidden();
    await expect.poll(() => toolbar.evaluate((el) => getComputedStyle(el).opacity)).toBe('0');
    await page.screenshot({ path: `${SHOTS}/toolbar-hidden-after-click.png` });
    await page.mouse.move(640, 690);
    await expect(toolbar).toHaveAttribute('data-visible', 'true');
    await page.keyboard.press('ArrowRight');
    await present.expectSlide(3);
    await expect(toolbar).toHaveAttribute('data-visible', 'false');
    // Keyboard users reach it with Tab and see it while it has focus.
    await page.keyboard.press('Tab');
    await expect.poll(() => toolbar.evaluate((el) => getComputedStyle(el).opacity)).toBe('1');
  });

  test('results tab: nothing while collecting, reveal only at the threshold, then the results', async ({
    page,
    bridge,
  }) => {
    test.setTimeout(120_000);
    const call = callOf(bridge);
    const created = await bridge.createWorkshop({ title: 'Reveal rules' });
    let w = await call<Workshop>('survey.newRound', created.id, 'Baseline', defaultQuestionSet());
    const roundId = w.survey.rounds[0]!.id;
    w = await call<Workshop>('survey.setRoundStatus', w.id, roundId, 'open');
    await submitResponses(call, w, roundId, { Sales: 2, Marketing: 1 });
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`./#/workshop/${w.id}/results`);
    await expect(page.getByRole('heading', { name: 'Results are not shown yet' })).toBeVisible();
    await expect(page.getByText('never while it is collecting')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Reveal results now' })).toBeDisabled();
    await expect(page.getByText('At least 5 responses are needed (now 3).')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Participation' })).toHaveCount(0);

    await submitResponses(call, w, roundId, { Sales: 3, Marketing: 1 });
    await page.reload();
    await page.getByRole('button', { name: 'Reveal results now' }).click();
    await expect(page.getByRole('heading', { name: 'Participation' })).toBeVisible();
    await expect(page.getByRole('figure', { name: 'Responses per team' })).toContainText(
      'Hidden to protect anonymity (fewer than 5)',
    );
    await expect(page.getByRole('heading', { name: 'Comments' })).toBeVisible();
    // The threshold may go down to 3, never below.
    const threshold = page.getByLabel('Anonymity threshold');
    const offered = await threshold
      .locator('option')
      .evaluateAll((os) => os.map((o) => Number((o as HTMLOptionElement).value)));
    expect(Math.min(...offered)).toBe(3);
    await threshold.selectOption('3');
    await expect(page.getByRole('figure', { name: 'Responses per team' })).toContainText('fewer than 3');
    await page.screenshot({ path: `${SHOTS}/results-tab.png`, fullPage: true });
    expect(await axeSeriousOrCritical(page)).toEqual([]);
  });
});
