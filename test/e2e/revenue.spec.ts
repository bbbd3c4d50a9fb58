import type { Locator, Page } from '@playwright/test';
import { REFERENCE } from '../helpers/referenceWorkshop';
import { expect, test } from './fixtures';
import { seedReferenceWorkshop } from './helpers/seedReference';
import { ExportPage } from './pages/ExportsPages';
import { FunnelPage } from './pages/FunnelPage';

/** The objectives form's result table: the cell of a stage ("mqls") per year or per month. */
const perYear = (page: Page, key: string) => page.getByTestId(`per-period-${key}`);
const perMonth = (page: Page, key: string) => page.getByTestId(`per-month-${key}`);

/** Types into a field and waits for what it says: its reading, or its message. */
async function typeAndRead(field: Locator, text: string): Promise<string> {
  await field.fill(text);
  const box = field.locator(
    'xpath=ancestor::div[contains(@class,"field") or contains(@class,"stage-rate") or contains(@class, "agenda-item-second")][1]',
  );
  const said = box.locator('.field-reading, .field-error').first();
  await expect(said).toBeVisible();
  return (await said.textContent()) ?? '';
}

test('a rate typed on a funnel card is the rate of the objectives, the SLA and the playbook; undo survives a reload', async ({
  page,
  bridge,
}) => {
  const w = await seedReferenceWorkshop((c, ...a) => bridge.call(c, ...a));
  const funnel = new FunnelPage(page);
  await funnel.goto(w.id);
  const mql = funnel.stage('Marketing qualified lead (MQL)');
  const rate = mql.getByLabel('Conversion rate to next stage (%)');
  // The card starts with the objectives' rate (60%), not empty.
  await expect(rate).toHaveValue('60');
  await expect(mql).toContainText(`Needed: ${REFERENCE.perYear.mqls.toLocaleString('en-US')} per year`);
  await rate.fill('50');
  // 1,114 SALs a year / 50% = 2,228 MQLs; 100 SALs a month / 50% = 200 a month.
  await expect(mql).toContainText('Needed: 2,228 per year · 200 per month');
  await funnel.waitSaved();

  // The objectives show the same rate and numbers.
  await page.goto(`./#/workshop/${w.id}/agenda`);
  await expect(page.getByRole('textbox', { name: 'MQL → SAL rate' })).toHaveValue('50');
  await expect(perYear(page, 'mqls')).toHaveText('2,228');
  await expect(perMonth(page, 'mqls')).toHaveText('200');
  await expect(perYear(page, 'leads')).toHaveText('8,912');

  // The SLA says them, and its own check finds the agreement consistent.
  await page.goto(`./#/workshop/${w.id}/sla`);
  const marketing = page.getByRole('region', { name: /Marketing’s commitments/ });
  await expect(marketing.getByRole('textbox')).toHaveValue(/deliver 200 MQLs per month/);
  await expect(marketing.getByRole('textbox')).toHaveValue(/at least 50% of MQLs accepted by Sales/);
  await expect(page.getByTestId('sla-check')).not.toContainText('contradiction');

  // So does the playbook.
  const exp = new ExportPage(page);
  await exp.goto(w.id);
  const playbook = await exp.download('Smarketing playbook', 'Markdown');
  expect(playbook.text).toContain('| MQLs | 2,228 | 200 |');
  expect(playbook.text).toContain('MQL → SAL');

  // Back on the funnel, after a reload of the page: undo takes the card's rate back everywhere.
  await funnel.goto(w.id);
  await page.reload();
  await funnel.ready();
  await expect(funnel.button('Undo')).toBeEnabled();
  await page.locator('.react-flow__pane').click({ position: { x: 20, y: 20 } });
  await page.keyboard.press('Control+z');
  await expect(mql.getByLabel('Conversion rate to next stage (%)')).toHaveValue('60');
  await expect(mql).toContainText(`Needed: ${REFERENCE.perYear.mqls.toLocaleString('en-US')} per year`);
  await funnel.waitSaved();
  expect((await bridge.open(w.id)).objectives.stageRates.mqlToSal).toBe(60);
  await page.keyboard.press('Control+Shift+z');
  await expect(mql.getByLabel('Conversion rate to next stage (%)')).toHaveValue('50');
});

test('"10,000" typed in every numeric field is read as 10,000, or refused saying 10,000', async ({ page, bridge }) => {
  const w = await seedReferenceWorkshop((c, ...a) => bridge.call(c, ...a));
  const seen: string[] = [];
  const check = async (name: string, field: Locator) => {
    const said = await typeAndRead(field, '10,000');
    seen.push(name);
    expect(said, name).toContain('10,000');
  };

  await page.goto(`./#/workshop/${w.id}/agenda`);
  const form = page.getByRole('region', { name: /Objectives/ });
  await check('revenue goal', form.getByRole('textbox', { name: 'Revenue goal' }));
  await check('deal size', form.getByRole('textbox', { name: 'Average deal size' }));
  for (const rate of [
    'Lead → MQL rate',
    'MQL → SAL rate',
    'SAL → SQL rate',
    'SQL → Opportunity rate',
    'Opportunity → Customer rate',
  ]) {
    await check(rate, form.getByRole('textbox', { name: rate }));
  }
  await form.getByRole('radio', { name: /Work it out: current revenue/ }).check();
  await check('current revenue', form.getByRole('textbox', { name: 'Current revenue' }));
  await check('current customers', form.getByRole('textbox', { name: 'Current customers' }));
  await form.getByRole('radio', { name: /Work it out: current customers \/ current leads/ }).check();
  await check('current leads', form.getByRole('textbox', { name: 'Current leads' }));
  await form.getByRole('radio', { name: 'Lead-to-customer rate' }).check();
  await check('lead-to-customer rate', form.getByRole('textbox', { name: 'Lead-to-customer rate' }));
  await check('agenda minutes', page.getByRole('textbox', { name: 'Minutes' }).first());

  const funnel = new FunnelPage(page);
  await funnel.goto(w.id);
  await check('card rate', funnel.stage('Opportunity').getByLabel('Conversion rate to next stage (%)'));
  await funnel.select('Opportunity');
  await check('panel rate', funnel.panel.getByLabel('Conversion rate to next stage (%)'));
  await check('expected volume', funnel.panel.getByLabel('Expected volume per month'));
  await page.locator('.react-flow__edge').first().click({ force: true });
  await check('response hours', funnel.panel.getByLabel('Response time (hours)'));
  await check('attempts', funnel.panel.getByLabel('Follow-up attempts'));

  await page.goto(`./#/workshop/${w.id}/sla`);
  const terms = page.getByRole('region', { name: /Terms: who signs/ });
  for (const label of [
    'Pilot length (weeks)',
    'Follow up every MQL within (hours)',
    'Follow-up attempts before a lead goes back',
    'Sales accepts or rejects each MQL within (working days)',
    'Meeting length (minutes)',
    'Sales enablement pieces per quarter',
    'Marketing’s remedy when behind the MQL volume by more than (%)',
    'Sales’ remedy when follow-up is missed on more than (% of MQLs a week)',
    'Escalate to both heads after (days unresolved)',
  ]) {
    await check(label, terms.getByRole('textbox', { name: label }));
  }
  await check('scoring points', page.getByRole('textbox', { name: 'Points for criterion 1' }));
  await check('MQL threshold', page.getByRole('textbox', { name: 'MQL threshold (points)' }));
  expect(seen).toHaveLength(28);
});

test('bad numbers get a message by the field, ambiguous ones a question, and nothing is stored', async ({
  page,
  bridge,
}) => {
  const w = await seedReferenceWorkshop((c, ...a) => bridge.call(c, ...a));
  await page.goto(`./#/workshop/${w.id}/agenda`);
  const form = page.getByRole('region', { name: /Objectives/ });
  const rate = form.getByRole('textbox', { name: 'SAL → SQL rate' });
  expect(await typeAndRead(rate, '0')).toMatch(/At 0% nobody reaches the next stage/);
  expect(await typeAndRead(rate, '150')).toMatch(/at most 100%.*150% is more/);
  // Empty: not agreed yet, said by the field (and no number is worked out above it).
  expect(await typeAndRead(rate, '')).toMatch(/Agree the SAL → SQL rate \(in percent\)/);
  await rate.fill('50');
  await expect(perYear(page, 'sals')).toHaveText(REFERENCE.perYear.sals.toLocaleString('en-US'));

  // "10.000" on an English keyboard: ten thousand or ten? The field asks, with one button for each.
  const goal = form.getByRole('textbox', { name: 'Revenue goal' });
  await goal.fill('10.000');
  const question = form.getByRole('alert').filter({ hasText: '“10.000” can mean 10,000 or 10: which one?' });
  await expect(question).toBeVisible();
  await expect(perYear(page, 'customers')).toHaveText('100');
  await question.getByRole('button', { name: '10,000' }).click();
  await expect(goal).toHaveValue('10,000');
  await expect(form.getByText('Read as 10,000')).toBeVisible();

  const funnel = new FunnelPage(page);
  await funnel.goto(w.id);
  await funnel.select('Marketing qualified lead (MQL)');
  const volume = funnel.panel.getByLabel('Expected volume per month');
  expect(await typeAndRead(volume, '12a')).toMatch(/“12a” has letters/);
  expect(await typeAndRead(volume, '1.2.5')).toMatch(/more than one decimal mark/);
  expect(await typeAndRead(volume, '12k')).toBe('Read as 12,000');
  await funnel.waitSaved();
  const stored = (await bridge.open(w.id)).funnel.stages.find((s) => s.kind === 'mql');
  expect(stored?.volumePerMonth).toBe(12_000);
  // The estimate is above what the goal needs (24 a month, now that the goal is 10,000): a gap, the target stays.
  await expect(
    funnel.panel.getByText(/Expected 12,000 per month: 11,976 per month above the goal \(\+11,976\)/),
  ).toBeVisible();

  // A funnel with no path to the customer says so by the funnel and by the objectives.
  await funnel.select('Opportunity');
  await page.keyboard.press('Delete');
  await expect(funnel.stages).toHaveCount(8);
  await page.locator('.react-flow__pane').click({ position: { x: 20, y: 20 } });
  await expect(funnel.panel.getByRole('alert')).toContainText(/No stage hands off to “Customer”/);
  await page.goto(`./#/workshop/${w.id}/agenda`);
  await expect(page.getByRole('alert').filter({ hasText: /Funnel: No stage hands off to “Customer”/ })).toBeVisible();
});

test('the SLA checker shows a hand edit whose numbers changed, and what changed', async ({ page, bridge }) => {
  const w = await seedReferenceWorkshop((c, ...a) => bridge.call(c, ...a));
  await page.goto(`./#/workshop/${w.id}/sla`);
  const marketing = page.getByRole('region', { name: /Marketing’s commitments/ });
  await marketing
    .getByRole('textbox')
    .fill('Marketing commits to:\n- Deliver 186 MQLs per month.\n- Quality: at least 50% of MQLs accepted by Sales.');
  await expect(marketing.getByText('Edited by you')).toBeVisible();
  const check = page.getByTestId('sla-check');
  await expect(check).toContainText(
    '186 MQLs a month × 50% accepted = 93 accepted leads a month, but the targets need 100 SALs a month.',
  );
  await expect(check).toContainText('Fix: Deliver 200 MQLs a month (100 / 50%)');
  await page.goto(`./#/workshop/${w.id}/agenda`);
  await page.getByRole('textbox', { name: 'Revenue goal' }).fill('3,000,000');
  await page.goto(`./#/workshop/${w.id}/sla`);
  await expect(marketing.getByRole('status')).toContainText('The numbers under your text changed since you edited it');
  await expect(marketing.getByRole('status')).toContainText('Now: Volume: deliver 207 MQLs per month');
  await marketing.getByRole('button', { name: 'Keep my text (I have taken the changes in)' }).click();
  await expect(marketing.getByRole('status')).toHaveCount(0);
  await expect(marketing.getByRole('textbox')).toHaveValue(/Deliver 186 MQLs per month/);
  // The targets CSV carries the same numbers as the screens.
  const exp = new ExportPage(page);
  await exp.goto(w.id);
  const csv = await exp.download('Spreadsheets (CSV)', 'Targets CSV');
  expect(csv.text).toContain('Marketing qualified lead (MQL),Marketing,60,');
});
