import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { KioskStatus } from '../../shared/api';
import type { SurveyResponse } from '../../shared/schema/survey';
import type { Workshop } from '../../shared/schema/workshop';
import { dataDir, expect, test } from './fixtures';
import { closeRound, KIOSK_PIN, KioskPage, SurveyTabPage } from './pages/KioskPage';

const stored = (id: string): Workshop =>
  JSON.parse(readFileSync(path.join(dataDir(), 'workshops', `${id}.json`), 'utf8')) as Workshop;

/** The answers of a round as they are on disk (copy a of its answers file; the journal is folded at once). */
const storedAnswers = (id: string, roundId: string): SurveyResponse[] => {
  const file = path.join(dataDir(), 'answers', id, roundId, 'answers.a.json');
  if (!existsSync(file)) return [];
  const raw = JSON.parse(readFileSync(file, 'utf8')) as { shown: SurveyResponse[]; pending: SurveyResponse[] };
  return [...raw.shown, ...raw.pending];
};

// Kiosk mode is one state for the whole app: never leave it on for the specs that follow.
test.afterEach(async ({ bridge }) => {
  const status = await bridge.call<KioskStatus>('kiosk.status');
  if (status.active && !status.lockedUntil) await bridge.call('kiosk.exit', KIOSK_PIN);
});

test('six participants answer in kiosk mode; nothing of one is left for the next; the file is anonymous', async ({
  page,
  bridge,
}) => {
  test.setTimeout(180_000);
  const workshop = await bridge.createWorkshop({
    teams: [
      { name: 'Sales', side: 'sales' },
      { name: 'Marketing', side: 'marketing' },
      { name: 'Customer success', side: 'customer-success' },
    ],
  });
  const survey = new SurveyTabPage(page);
  await survey.goto(workshop.id);
  await survey.openKiosk();
  const kiosk = new KioskPage(page);
  await kiosk.useShortTimings('idle=2500&warn=2500&thanks=1500');
  const roundId = stored(workshop.id).survey.rounds[0]!.id;
  const updatedAtBefore = stored(workshop.id).updatedAt;

  // 1. Keyboard only.
  await kiosk.completeByKeyboard(2, 'Keyboard person: agree on one lead definition');
  await kiosk.expectWelcome();

  // Back, reload and history show nothing of the previous participant.
  const secret = 'Keyboard person';
  await page.goBack().catch(() => undefined);
  await kiosk.expectWelcome();
  await expect(page.locator('body')).not.toContainText(secret);
  await page.reload();
  await kiosk.expectWelcome();
  await expect(page.locator('body')).not.toContainText(secret);
  await kiosk.useShortTimings('idle=2500&warn=2500&thanks=1500');
  await page.getByRole('button', { name: 'Start the survey' }).click();
  await expect(page.getByRole('radio', { checked: true })).toHaveCount(0);
  await page.getByRole('button', { name: 'Back' }).click();
  const traces = await page.evaluate(() => ({
    local: JSON.stringify({ ...localStorage }),
    session: sessionStorage.length,
    url: location.href,
    historyState: JSON.stringify(history.state),
  }));
  expect(traces.local).not.toContain(secret);
  expect(traces.session).toBe(0);
  expect(traces.url).not.toContain('Keyboard');
  expect(traces.historyState).not.toContain(secret);

  // 2-6. Touch or mouse; the third double-clicks Submit (stored once).
  const teams = ['Sales', 'Marketing', 'Sales', 'Customer success', 'Marketing'];
  for (let i = 0; i < teams.length; i++) {
    await kiosk.completeByPointer(teams[i]!, i, i === 1 ? 'مرحبا — plain <b>text</b> 🎉' : null, {
      doubleClickSubmit: i === 1,
    });
    await kiosk.expectWelcome();
    await expect(page.locator('body')).not.toContainText('مرحبا');
  }

  // Idle: a visible warning, then the partial answers are discarded.
  await page.getByRole('button', { name: 'Start the survey' }).click();
  await page.getByRole('radio', { name: 'Marketing' }).click();
  await expect(page.getByRole('alertdialog', { name: 'Are you still there?' })).toBeVisible({ timeout: 10_000 });
  await expect(page.getByRole('alertdialog')).toContainText(/cleared in \d+ s/);
  await kiosk.expectWelcome();
  await page.getByRole('button', { name: 'Start the survey' }).click();
  await expect(page.getByRole('radio', { name: 'Marketing' })).toHaveAttribute('aria-checked', 'false');
  await page.getByRole('button', { name: 'Back' }).click();

  expect(await bridge.call('survey.count', workshop.id, roundId)).toEqual({ status: 'open', count: 6 });

  // The facilitator leaves with the PIN and sees the count only.
  await kiosk.tryExit(KIOSK_PIN);
  await expect(page.getByRole('heading', { name: 'Anonymous survey' })).toBeVisible();
  await expect(survey.round('Baseline')).toContainText('6 responses');

  // On disk: six responses holding team, answers and comments only; nothing dates them.
  const file = stored(workshop.id);
  await expect.poll(() => storedAnswers(workshop.id, roundId).length).toBe(6);
  const responses = storedAnswers(workshop.id, roundId);
  expect(responses).toHaveLength(6);
  for (const r of responses) expect(Object.keys(r).sort()).toEqual(['answers', 'comments', 'team']);
  const text = JSON.stringify(responses);
  expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/);
  expect(text).not.toMatch(/"(time|timestamp|date|at|seq|session|device|window)\w*"\s*:/i);
  expect(text).toContain('مرحبا — plain <b>text</b> 🎉');
  expect(file.updatedAt).toBe(updatedAtBefore);
});

test('the kiosk PIN locks after five wrong tries, survives a reload, and opens after the lock-out', async ({
  page,
  bridge,
}) => {
  test.setTimeout(150_000);
  const workshop = await bridge.createWorkshop();
  const survey = new SurveyTabPage(page);
  await survey.goto(workshop.id);
  await survey.openKiosk();
  const kiosk = new KioskPage(page);
  const dialog = page.getByRole('dialog', { name: 'Leave kiosk mode' });

  for (let i = 1; i <= 4; i++) {
    await kiosk.tryExit('0000');
    await expect(dialog.getByRole('alert')).toHaveText(
      `Wrong PIN. ${5 - i} ${5 - i === 1 ? 'try' : 'tries'} left before exiting is locked.`,
    );
  }
  await kiosk.tryExit('0000');
  await expect(dialog.getByRole('alert')).toContainText(/Exiting is locked for [01]:\d\d/);
  await expect(dialog.getByLabel('Facilitator PIN')).toBeDisabled();

  // The facilitator's screens stay out of reach, and a reload keeps the lock.
  await page.goto(`./#/workshop/${workshop.id}/results`);
  await kiosk.expectWelcome();
  await page.reload();
  await kiosk.expectWelcome();
  await page.getByRole('button', { name: 'Exit kiosk mode (facilitator)' }).click();
  await expect(dialog.getByRole('alert')).toContainText(/Exiting is locked for/);
  expect((await bridge.call<{ ok: boolean; reason?: string }>('kiosk.exit', KIOSK_PIN)).reason).toBe('locked');

  // After the 60 s lock-out the right PIN opens the way out.
  await expect(dialog.getByLabel('Facilitator PIN')).toBeEnabled({ timeout: 75_000 });
  await kiosk.tryExit(KIOSK_PIN);
  await expect(page.getByRole('heading', { name: 'Anonymous survey' })).toBeVisible();
});

test('a round closed while someone is answering: the submit is refused with a clear message, nothing stored', async ({
  page,
  bridge,
}) => {
  const workshop = await bridge.createWorkshop();
  const survey = new SurveyTabPage(page);
  await survey.goto(workshop.id);
  await survey.openKiosk();
  const kiosk = new KioskPage(page);
  const roundId = stored(workshop.id).survey.rounds[0]!.id;
  await kiosk.fillByKeyboard(1, 'Late answer');
  // While kiosk mode is on the service answers nothing but the survey: the facilitator leaves it first.
  await expect(bridge.call('survey.setRoundStatus', workshop.id, roundId, 'closed')).rejects.toThrow(
    /Kiosk mode is on/,
  );
  await bridge.call('kiosk.exit', KIOSK_PIN);
  await bridge.call('survey.setRoundStatus', workshop.id, roundId, 'closed');
  await page.getByRole('button', { name: 'Submit my answers' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'not saved' })).toContainText(
    'just been closed by the facilitator',
  );
  await expect(page.getByRole('heading', { name: /Thank you/ })).toHaveCount(0);
  expect(storedAnswers(workshop.id, roundId)).toHaveLength(0);

  // The next person is told before they start.
  await page.reload();
  await page.getByRole('button', { name: 'Start the survey' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'This survey is closed' })).toBeVisible();
  // Kiosk mode was left with the PIN above: the page is a preview now, and goes back to the Survey tab.
  await page.getByRole('button', { name: 'Back to the survey' }).click();
  await expect(page.getByRole('heading', { name: 'Anonymous survey' })).toBeVisible();
});

test('the facilitator edits the survey freely before the first answer, then changes of meaning are refused', async ({
  page,
  bridge,
}) => {
  const workshop = await bridge.createWorkshop();
  const survey = new SurveyTabPage(page);
  await survey.goto(workshop.id);
  await page.getByRole('button', { name: 'Prepare the baseline survey' }).click();
  await expect(page.getByRole('heading', { name: 'Questions of “Baseline”' })).toBeVisible();

  // Before the first response: reword, move to another dimension, mark optional, reorder, add, remove.
  const first = page.getByLabel('Statement 1', { exact: true });
  await first.fill('Sales and Marketing chase one shared revenue number.');
  await first.press('Enter');
  await page.getByLabel('Dimension of statement 2', { exact: true }).selectOption({ label: 'Common language' });
  await page.getByLabel('Optional: statement 1', { exact: true }).check();
  await page.getByRole('button', { name: /^Move down: Sales and Marketing chase/ }).click();
  await page.getByRole('button', { name: '+ Add statement' }).first().click();
  await page.getByRole('button', { name: /^Remove: The targets I am measured/ }).click();
  await page.getByLabel('Team name: Sales').fill('Sales EMEA');
  await page.getByLabel('Team name: Sales').press('Enter');
  await expect(page.getByRole('alert').filter({ hasText: 'not made' })).toHaveCount(0);
  await expect(page.getByTestId('save-state')).toHaveText(/All changes saved/);
  await expect
    .poll(() => {
      const w = stored(workshop.id);
      const q = w.survey.rounds[0]!.questions;
      return {
        moved: q.statements.find((s) => s.id === 'goals-know-target')?.dimensionId,
        reworded: q.statements.find((s) => s.id === 'goals-one-revenue-goal'),
        removed: q.statements.some((s) => s.id === 'goals-targets-help-other'),
        added: q.statements.filter((s) => s.id.startsWith('custom-statement-')).length,
        team: w.teams[0]!.name,
      };
    })
    .toEqual({
      moved: 'language',
      reworded: {
        id: 'goals-one-revenue-goal',
        dimensionId: 'goals',
        text: 'Sales and Marketing chase one shared revenue number.',
        optional: true,
        gapKind: 'facts',
      },
      removed: false,
      added: 1,
      team: 'Sales EMEA',
    });

  // After the first response a change of meaning is refused, with the reason and a way forward.
  await page.getByRole('button', { name: 'Open for answers' }).click();
  const w = await bridge.open(workshop.id);
  const round = w.survey.rounds[0]!;
  const answers = Object.fromEntries(round.questions.statements.map((s) => [s.id, 4]));
  await bridge.call('survey.submit', workshop.id, round.id, { team: w.teams[0]!.id, answers, comments: {} });
  await expect(page.getByText('1 response has arrived')).toBeVisible();
  const statement = page.getByLabel('Statement 3', { exact: true });
  await statement.fill('Something with a different meaning.');
  await statement.press('Enter');
  const refusal = page.getByRole('alert').filter({ hasText: 'This change was not made.' });
  await expect(refusal).toContainText("can't be reworded: 1 person has already answered it");
  await expect(statement).not.toHaveValue('Something with a different meaning.');
  await page.getByRole('button', { name: /^Remove: I know the revenue/ }).click();
  await expect(refusal).toContainText("can't be removed");
  await page.getByRole('button', { name: 'Start a new round' }).click();
  const dialog = page.getByRole('dialog', { name: 'Start a new round' });
  await expect(dialog.getByLabel('Round name')).toHaveValue('Follow-up 1');
  await dialog.getByRole('button', { name: 'Create round' }).click();
  await expect(survey.round('Follow-up 1')).toContainText('Draft');
  await expect(page.getByRole('heading', { name: 'Questions of “Follow-up 1”' })).toBeVisible();
});

test('closing a round asks first, with the number of responses, and then allows results', async ({ page, bridge }) => {
  const workshop = await bridge.createWorkshop();
  const survey = new SurveyTabPage(page);
  await survey.goto(workshop.id);
  await page.getByRole('button', { name: 'Prepare the baseline survey' }).click();
  await page.getByRole('button', { name: 'Open for answers' }).click();
  await expect(survey.round('Baseline')).toContainText('Collecting');
  const w = await bridge.open(workshop.id);
  const round = w.survey.rounds[0]!;
  const answers = Object.fromEntries(round.questions.statements.map((s) => [s.id, 4]));
  for (let i = 0; i < 2; i++)
    await bridge.call('survey.submit', workshop.id, round.id, { team: w.teams[0]!.id, answers, comments: {} });
  await expect(page.getByTestId('count-Baseline')).toContainText('2 responses');

  // Cancel (the default focus) leaves the round collecting.
  await survey.round('Baseline').getByRole('button', { name: 'Close round' }).click();
  const dialog = page.getByRole('dialog', { name: 'Close “Baseline”?' });
  await expect(dialog).toContainText('“Baseline” has 2 responses.');
  await expect(dialog).toContainText('results can be shown');
  await page.screenshot({ path: test.info().outputPath('close-round-confirm.png') });
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await expect(survey.round('Baseline')).toContainText('Collecting');
  expect(stored(workshop.id).survey.rounds[0]!.status).toBe('open');

  await closeRound(page, 'Baseline');
  await expect.poll(() => stored(workshop.id).survey.rounds[0]!.status).toBe('closed');
});

test('the statements step fits small touch screens: Continue is on screen without scrolling', async ({
  page,
  bridge,
}) => {
  const workshop = await bridge.createWorkshop();
  const survey = new SurveyTabPage(page);
  await survey.goto(workshop.id);
  await survey.openKiosk();
  await page.getByRole('button', { name: 'Start the survey' }).click();
  await page.getByRole('radio', { name: workshop.teams[0]!.name }).click();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('radiogroup').first()).toBeVisible();
  for (const [width, height] of [
    [1280, 720],
    [1366, 768],
    [1280, 800],
  ] as const) {
    await page.setViewportSize({ width, height });
    await page.evaluate(() => window.scrollTo(0, 0));
    const box = await page.getByRole('button', { name: 'Continue' }).boundingBox();
    expect(box, `${width}x${height}`).not.toBeNull();
    expect(box!.y + box!.height, `Continue at ${width}x${height}`).toBeLessThanOrEqual(height);
    await expect(page.getByRole('button', { name: 'Back' })).toBeInViewport();
    await page.screenshot({ path: test.info().outputPath(`kiosk-statements-${width}x${height}.png`) });
    // Answering the last statement by touch: it is not hidden under the bar.
    const groups = page.getByRole('radiogroup');
    const last = groups.nth((await groups.count()) - 1);
    await last.getByRole('radio', { name: 'Agree', exact: true }).click();
    await expect(last.getByRole('radio', { name: 'Agree', exact: true })).toBeInViewport({ ratio: 1 });
    await expect(page.getByRole('button', { name: 'Continue' })).toBeInViewport({ ratio: 1 });
  }
});
