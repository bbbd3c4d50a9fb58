import { mkdirSync } from 'node:fs';
import type { RoundFindings } from '../../shared/api';
import { quoted } from '../../shared/domain/results';
import type { Workshop } from '../../shared/schema/workshop';
import { expect, test, type BridgeClient } from './fixtures';
import { seedResultsWorkshop, type Call } from './helpers/seedResults';
import { PresentPage } from './pages/PresentPage';

const SHOTS = 'test-results/decide';
mkdirSync(SHOTS, { recursive: true });
const callOf =
  (bridge: BridgeClient): Call =>
  (channel, ...args) =>
    bridge.call(channel, ...args);

/** Presses a key `n` times (a clicker or the keyboard). */
async function press(page: import('@playwright/test').Page, key: string, n = 1) {
  for (let i = 0; i < n; i++) await page.keyboard.press(key);
}

test.describe('deciding together in the room', () => {
  test('from results to a prioritised action list by keyboard and clicker keys', async ({ page, bridge }) => {
    test.setTimeout(240_000);
    const w = await seedResultsWorkshop(callOf(bridge), {
      title: 'Decide journey',
      sizes: { Sales: 6, Marketing: 6 },
    });
    const findings = await bridge.call<RoundFindings>('results.round', w.id, w.survey.rounds[0]!.id, null);
    const expected = findings.results.headline!;
    const gap = expected.biggestGap!;
    await page.setViewportSize({ width: 1280, height: 800 });

    // Results tab: the headline names the biggest gap; hide one comment from the projector before presenting.
    await page.goto(`./#/workshop/${w.id}/results`);
    const headline = page.getByRole('region', { name: /Where Sales and Marketing/ });
    await expect(headline).toContainText(`“${quoted(gap.title)}”`);
    await expect(headline).toContainText(`${Math.abs(Math.round(gap.sales) - Math.round(gap.marketing))} points apart`);
    // A comment whose text no other question shares, so "never shown" can be checked by its text.
    const texts = (await page.locator('.manage-comment .results-comment-text').allTextContents()).map((t) => t.trim());
    const unique = texts.findIndex((t) => texts.filter((x) => x === t).length === 1);
    expect(unique).toBeGreaterThanOrEqual(0);
    const firstComment = page.locator('.manage-comment').nth(unique);
    const hiddenText = texts[unique]!;
    await firstComment.getByRole('button', { name: 'Hide from the projector' }).press('Enter');
    await expect(firstComment.getByRole('button', { name: 'Show on the projector' })).toBeVisible();

    // Present: the first results slide is the headline; an action captured there keeps the gap as its source.
    await page.getByRole('button', { name: '▶ Present results' }).press('Enter');
    const present = new PresentPage(page);
    await expect(present.main).toHaveAttribute('data-slide-id', 'headline');
    await expect(present.stage()).toContainText(`differ most on “${quoted(gap.title)}”`);
    await page.keyboard.press('a');
    const line = page.getByRole('combobox', { name: 'New action' });
    await expect(line).toBeFocused();
    await line.pressSequentially('Agree how we judge lead quality @Tom Becker by friday');
    await line.press('Enter');
    await expect(page.getByText('Added: Agree how we judge lead quality, Tom Becker')).toBeVisible();
    // The owners already used are offered while typing "@": Tab takes the whole name.
    await line.pressSequentially('Send the results to both teams @to');
    await expect(page.getByRole('option', { name: /Tom Becker/ })).toBeVisible();
    await line.press('Tab');
    await expect(line).toHaveValue('Send the results to both teams @Tom Becker ');
    await line.press('Enter');
    await expect(page.getByText('Added: Send the results to both teams, Tom Becker')).toBeVisible();
    await line.press('Escape');
    await expect(line).toBeHidden();
    await expect(present.main).toHaveAttribute('data-slide-id', 'headline');

    // Hide the participation slide from the slide list; hiding the slide on screen is refused.
    await page.keyboard.press('l');
    const list = page.getByRole('dialog', { name: 'Slides' });
    await list.getByRole('button', { name: /^Hide: Where Sales and Marketing/ }).press('Enter');
    await expect(list.getByRole('alert')).toContainText('The room is looking at this slide');
    await list.getByRole('button', { name: 'Hide: Participation' }).press('Enter');
    await expect(list.getByRole('button', { name: 'Show: Participation' })).toBeVisible();
    // Reordering keeps the slide on screen where it is shown: move the overall score before the headline and back.
    const at = Number(await present.main.getAttribute('data-slide-index'));
    await list.getByRole('button', { name: 'Move up: Overall alignment score' }).press('Enter');
    await list.getByRole('button', { name: 'Move up: Overall alignment score' }).press('Enter');
    await expect(present.main).toHaveAttribute('data-slide-index', String(at + 1));
    await expect(present.main).toHaveAttribute('data-slide-id', 'headline');
    await list.getByRole('button', { name: 'Move down: Overall alignment score' }).press('Enter');
    await list.getByRole('button', { name: 'Move down: Overall alignment score' }).press('Enter');
    await expect(present.main).toHaveAttribute('data-slide-index', String(at));
    await list.getByRole('button', { name: 'Close', exact: true }).press('Enter');
    await page.keyboard.press('PageDown');
    await expect(present.main).toHaveAttribute('data-slide-id', 'overall');
    await page.keyboard.press('PageUp');
    await expect(present.main).toHaveAttribute('data-slide-id', 'headline');
    // Blank stays blank: the clicker's next does not move on behind the black screen.
    await page.keyboard.press('b');
    await page.keyboard.press('PageDown');
    await expect(present.main).toHaveAttribute('data-slide-id', 'headline');
    await expect(present.main).toHaveAttribute('data-blank', 'true');
    await page.keyboard.press('b');

    // The audience window: the hidden comment never reaches it, and the hidden slide is skipped there too.
    await page.mouse.move(400, 780);
    const [audience] = await Promise.all([
      page.waitForEvent('popup'),
      page.getByRole('button', { name: 'Audience window' }).click(),
    ]);
    const room = audience.locator('main.audience');
    await expect(room).toHaveAttribute('data-slide-id', 'headline');
    const seen: string[] = [];
    for (let i = 0; i < 40; i++) {
      const id = await present.slideId();
      seen.push(id);
      await expect(room).toHaveAttribute('data-slide-id', id);
      await expect(audience.locator('.stage')).not.toContainText(hiddenText);
      if (id.startsWith('comments-')) await expect(audience.locator('.comment-text').first()).toBeVisible();
      if (id === 'board') break;
      await page.keyboard.press('ArrowRight');
    }
    expect(seen).not.toContain('participation');
    expect(seen.filter((s) => s.startsWith('comments-')).length).toBeGreaterThan(0);
    await audience.close();
    await page.keyboard.press('Escape');

    // Decide tab: the short list from the biggest gap, a comment and a typed idea; a vote by show of hands.
    await page.goto(`./#/workshop/${w.id}/decide`);
    const candidate = page.getByLabel('From the workshop');
    await candidate.selectOption({ label: gap.title.length > 110 ? `${gap.title.slice(0, 109)}…` : gap.title });
    await page.getByRole('button', { name: 'Add to the short list' }).press('Enter');
    const typed = page.getByLabel('Or type an idea');
    await typed.fill('Weekly joint pipeline meeting');
    await typed.press('Enter');
    await typed.fill('One shared CRM dashboard');
    await typed.press('Enter');
    await typed.fill('one shared crm dashboard');
    await typed.press('Enter');
    await expect(page.getByRole('alert')).toContainText('already on the short list');
    await typed.fill('');
    await page.getByRole('button', { name: 'Open the vote' }).press('Enter');
    await expect(page.getByText('Voting is open (show of hands, 3 each).')).toBeVisible();
    // A tally typed as text gets a message and changes nothing.
    const tally2 = page.getByLabel('Raised hands for Weekly joint pipeline meeting');
    await tally2.fill('six');
    await expect(page.getByRole('alert').filter({ hasText: '“six” is not a count' })).toBeVisible();
    await expect(page.getByTestId('save-state')).toHaveText(/All changes saved/);
    const before = await bridge.open(w.id);
    const weekly = before.room.shortList.find((i) => i.text === 'Weekly joint pipeline meeting')!;
    expect(before.room.voting.tally[weekly.id]).toBe(0);

    // The vote slide: each item's digit counts a raised hand (Shift takes one off).
    await page.getByRole('button', { name: '▶ Present the vote' }).press('Enter');
    await expect(present.main).toHaveAttribute('data-slide-id', 'vote');
    await press(page, '1', 2);
    await press(page, '2', 4);
    await page.keyboard.press('Shift+Digit2');
    await press(page, '3', 2);
    const counts = present.stage().locator('.vote-number');
    await expect(counts).toHaveText(['2', '3', '2']);
    await page.screenshot({ path: `${SHOTS}/vote-slide.png` });

    // The 2x2: items 1 and 3 are tied; item 3 goes to quick wins, item 1 to major projects, by arrow keys.
    await page.keyboard.press('ArrowRight');
    await expect(present.main).toHaveAttribute('data-slide-id', 'matrix');
    const chip = (n: number) => present.stage().locator('.matrix-chip', { hasText: new RegExp(`^${n}\\. `) });
    await chip(3).press('Shift+ArrowUp');
    await chip(3).press('Shift+ArrowLeft');
    await chip(1).press('Shift+ArrowUp');
    await chip(1).press('Shift+ArrowRight');
    await expect(chip(3)).toHaveAttribute('aria-label', /Quick wins: impact 75, effort 25/);
    await expect(chip(1)).toHaveAttribute('aria-label', /Major projects: impact 75, effort 75/);
    // Or dragged with the mouse: item 2 from the tray into the bottom-left (fill-ins).
    const area = await present.stage().locator('.matrix-area').boundingBox();
    const from = await chip(2).boundingBox();
    await page.mouse.move(from!.x + from!.width / 2, from!.y + from!.height / 2);
    await page.mouse.down();
    await page.mouse.move(area!.x + area!.width * 0.2, area!.y + area!.height * 0.8, { steps: 8 });
    await page.mouse.up();
    await expect(chip(2)).toHaveAttribute('aria-label', /Fill-ins: impact 2\d, effort 2\d/);
    await page.screenshot({ path: `${SHOTS}/matrix-slide.png` });
    await page.keyboard.press('Escape');

    // The outcome becomes the prioritised workstream: the action list in the voted order, with each source.
    await page.goto(`./#/workshop/${w.id}/decide`);
    await page.getByRole('button', { name: 'Close the vote' }).press('Enter');
    await page.getByRole('button', { name: 'Make the actions in this order' }).press('Enter');
    await page.goto(`./#/workshop/${w.id}/actions`);
    const rows = page.locator('.actions-table tbody tr');
    await expect(rows).toHaveCount(5);
    const whats = await rows.evaluateAll((trs) =>
      trs.map((tr) => (tr.querySelector('td[data-col="what"] input') as HTMLInputElement).value),
    );
    expect(whats).toEqual([
      'Weekly joint pipeline meeting',
      'One shared CRM dashboard',
      gap.title,
      'Agree how we judge lead quality',
      'Send the results to both teams',
    ]);
    const sources = await rows.evaluateAll((trs) =>
      trs.map(
        (tr) =>
          (tr.querySelector('td[data-col="source"] select') as HTMLSelectElement).selectedOptions[0]?.textContent ?? '',
      ),
    );
    expect(sources[2]).toContain(`Gap: ${gap.title}`);
    expect(sources[3]).toContain(`Gap: ${gap.title}`);
    const saved: Workshop = await bridge.open(w.id);
    expect(saved.actions.find((a) => a.what === 'Agree how we judge lead quality')?.who).toBe('Tom Becker');
    expect(saved.room.deck.hidden).toEqual(['participation']);
    await page.screenshot({ path: `${SHOTS}/actions-in-voted-order.png`, fullPage: true });
  });

  test('the agenda fits the session length, keeping fixed items; a length the fixed items do not fit is refused', async ({
    page,
    bridge,
  }) => {
    const w = await bridge.createWorkshop({ title: 'Agenda fit' });
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`./#/workshop/${w.id}/agenda`);
    const agenda = page.getByRole('region', { name: 'Agenda', exact: true });
    await expect(page.getByTestId('agenda-total')).toHaveText('Total 3 h 25 min');
    const length = agenda.getByLabel('Session length');
    const before = (await bridge.open(w.id)).agenda.items.map((i) => i.minutes);
    for (const [typed, message] of [
      ['15 min', 'The fixed items alone take 20 min'],
      ['two hours', 'Write the length as minutes or hours'],
    ] as const) {
      await length.fill(typed);
      await length.press('Enter');
      await expect(agenda.getByRole('alert')).toContainText(message);
      await expect(length).toHaveAttribute('aria-invalid', 'true');
    }
    await expect(page.getByTestId('save-state')).toHaveText(/All changes saved/);
    expect((await bridge.open(w.id)).agenda.items.map((i) => i.minutes)).toEqual(before);
    await length.fill('2 h');
    await length.press('Enter');
    await expect(page.getByTestId('agenda-total')).toHaveText('Total 2 h');
    await expect.poll(async () => (await bridge.open(w.id)).agenda).toMatchObject({ sessionMinutes: 120 });
    const fitted = (await bridge.open(w.id)).agenda.items;
    expect(fitted.reduce((s, i) => s + i.minutes, 0)).toBe(120);
    expect(fitted.filter((i) => i.fixed).map((i) => i.minutes)).toEqual([10, 10]);
    await page.screenshot({ path: `${SHOTS}/agenda-fitted.png` });
  });

  test('comments for a room: themes with counts, an empty theme said so, a comment made an action', async ({
    page,
    bridge,
  }) => {
    test.setTimeout(120_000);
    const w = await seedResultsWorkshop(callOf(bridge), { title: 'Themes', sizes: { Sales: 6, Marketing: 6 } });
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`./#/workshop/${w.id}/results`);
    const name = page.getByLabel('New theme');
    await name.fill('   ');
    await name.press('Enter');
    await expect(page.getByRole('alert')).toContainText('Give the theme a name');
    await name.fill('Lead quality');
    await name.press('Enter');
    const theme = page.getByRole('region', { name: 'Theme Lead quality' });
    await expect(theme).toContainText('No comments in this theme yet');
    await name.fill('lead quality');
    await name.press('Enter');
    await expect(page.getByRole('alert')).toContainText('There is already a theme called');
    const comment = page.locator('.manage-comment').first();
    const text = (await comment.locator('.results-comment-text').textContent())!.trim();
    await comment.getByRole('combobox').selectOption({ label: 'Lead quality' });
    await expect(theme.locator('.manage-comment')).toHaveCount(1);
    await expect(theme).toContainText('1 shown');
    await theme.locator('.manage-comment').getByRole('button', { name: '☆ Star' }).press('Enter');
    await theme.locator('.manage-comment').getByRole('button', { name: 'Make an action' }).press('Enter');
    await expect
      .poll(async () => (await bridge.open(w.id)).actions.map((a) => [a.what, a.source.kind]))
      .toEqual([[text, 'comment']]);
    // The room sees the theme and its count first.
    await page.getByRole('button', { name: '▶ Present results' }).press('Enter');
    const present = new PresentPage(page);
    for (let i = 0; i < 30 && (await present.slideId()) !== 'comments-themes'; i++)
      await page.keyboard.press('ArrowRight');
    await expect(present.stage()).toContainText('Lead quality');
    await expect(present.stage()).toContainText('1 comment');
    await page.keyboard.press('ArrowRight');
    await expect(present.main).toHaveAttribute('data-slide-id', 'comments-1');
    await expect(present.stage().locator('.comment-group-title').first()).toContainText('Lead quality');
    await expect(present.stage().locator('.comment-star').first()).toBeVisible();
  });
});
