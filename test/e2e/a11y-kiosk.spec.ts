import type { KioskStatus } from '../../shared/api';
import { expect, test } from './fixtures';
import { axeSeriousOrCritical } from './helpers/axe';
import { KIOSK_PIN, SurveyTabPage } from './pages/KioskPage';

// Kiosk mode is one state for the whole app: never leave it on for the specs that follow.
test.afterEach(async ({ bridge }) => {
  const status = await bridge.call<KioskStatus>('kiosk.status');
  if (status.active && !status.lockedUntil) await bridge.call('kiosk.exit', KIOSK_PIN);
});

test('every kiosk step: no serious axe findings; keyboard focus never looks like a chosen answer', async ({
  page,
  bridge,
}) => {
  test.setTimeout(180_000);
  const workshop = await bridge.createWorkshop({ title: 'Kiosk a11y' });
  await page.setViewportSize({ width: 1280, height: 800 });
  const survey = new SurveyTabPage(page);
  await survey.goto(workshop.id);
  await survey.openKiosk();
  const check = async (step: string) => expect(await axeSeriousOrCritical(page), `axe on ${step}`).toEqual([]);

  await check('the welcome step');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Which team are you in?' })).toBeVisible();
  await check('the team step');
  await page.keyboard.press('1');
  await page.keyboard.press('Enter');

  // The first statement page opens with focus on "1 Strongly disagree", not chosen: a dashed ring, no fill, no ✓.
  const first = page.getByRole('radiogroup').first().getByRole('radio', { name: 'Strongly disagree' });
  await expect(first).toBeFocused();
  await expect(first).toHaveAttribute('aria-checked', 'false');
  const focused = await first.evaluate((el) => {
    const s = getComputedStyle(el);
    return { outline: s.outlineStyle, background: s.backgroundColor, after: getComputedStyle(el, '::after').content };
  });
  expect(focused.outline).toBe('dashed');
  expect(focused.after === 'none' || focused.after === 'normal' || focused.after === '""').toBe(true);
  await page.screenshot({ path: 'test-results/a11y/kiosk-focus-not-chosen.png' });
  await check('the first statements page (nothing chosen)');
  await page.keyboard.press('1');
  const chosen = await first.evaluate((el) => {
    const s = getComputedStyle(el);
    return { background: s.backgroundColor, after: getComputedStyle(el, '::after').content };
  });
  expect(chosen.background).not.toBe(focused.background);
  expect(chosen.after).toContain('✓');

  for (let screen = 0; screen < 30; screen++) {
    if ((await page.getByRole('heading', { level: 1 }).textContent()) === 'In your own words') break;
    const n = await page.getByRole('radiogroup').count();
    for (let i = 0; i < n; i++) await page.keyboard.press(String((i % 5) + 1));
    await check(`statements page ${screen + 1}`);
    await page.keyboard.press('Enter');
  }
  await expect(page.getByRole('heading', { name: 'In your own words' })).toBeVisible();
  await check('the open questions step');
  await page.keyboard.type('One definition of a lead');
  await page.keyboard.press('Control+Enter');
  await expect(page.getByRole('heading', { name: 'Check your answers' })).toBeVisible();
  await check('the summary step');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Thank you! Your answers are saved.' })).toBeVisible();
  await check('the thank-you step');
  await page.getByRole('button', { name: 'Exit kiosk mode (facilitator)' }).click();
  await expect(page.getByRole('dialog', { name: 'Leave kiosk mode' })).toBeVisible();
  await check('the exit dialog');
});
