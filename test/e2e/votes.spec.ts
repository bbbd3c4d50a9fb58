import { mkdirSync } from 'node:fs';
import { addToShortList } from '../../shared/domain/room';
import { defaultQuestionSet } from '../../shared/domain/survey/questionBank';
import type { Workshop } from '../../shared/schema/workshop';
import { expect, test } from './fixtures';
import { axeSeriousOrCritical } from './helpers/axe';
import { KIOSK_PIN, KioskPage, startKiosk } from './pages/KioskPage';
import { listener, refused } from './helpers/phoneListener';
import { decodeQr, openPhone } from './pages/PhonePage';

const SHOTS = 'test-results/screens/votes';
mkdirSync(SHOTS, { recursive: true });

const ITEMS = ['One MQL definition, written down', 'Weekly joint pipeline meeting', 'One shared CRM dashboard'];

test('a dot vote after the survey: phones and the kiosk place dots anonymously, the count orders the workstream', async ({
  page,
  bridge,
  browser,
}) => {
  test.setTimeout(240_000);
  const { address, port } = listener();
  // The survey ran and closed; the room has its short list (threshold 3, so four ballots show totals).
  const created = await bridge.createWorkshop({ title: 'Dot vote in the room' });
  await bridge.call('survey.newRound', created.id, 'Baseline', defaultQuestionSet());
  let w = await bridge.open(created.id);
  const roundId = w.survey.rounds[0]!.id;
  await bridge.call('survey.setRoundStatus', w.id, roundId, 'open');
  await bridge.call('survey.setRoundStatus', w.id, roundId, 'closed');
  w = await bridge.open(w.id);
  let room = w.room;
  for (const [k, text] of ITEMS.entries()) {
    const r = addToShortList(room, { text }, `00000000-0000-4000-8000-00000000070${k}`);
    if ('error' in r) throw new Error(r.error.message);
    room = { ...room, shortList: r.shortList };
  }
  await bridge.save({ ...w, anonymityThreshold: 3, room });
  const [one, two, three] = room.shortList.map((i) => i.id);

  // The facilitator opens a dot vote of 3 dots each.
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`./#/workshop/${w.id}/decide`);
  await page.getByRole('radio', { name: /Dot-vote anonymously/ }).check();
  await page.getByLabel('Dots (hands) per person').fill('3');
  await page.getByRole('button', { name: 'Open the vote' }).click();
  await expect(page.getByTestId('ballot-count')).toHaveText(/0 ballots so far/);
  await page.getByLabel('Network').selectOption(address);
  await page.getByRole('button', { name: 'Switch phones on' }).click();
  const qr = page.getByRole('img', { name: /QR code/ });
  await expect(qr).toBeVisible();
  const url = await decodeQr(qr);
  expect(url).toMatch(new RegExp(`^http://${address.replace(/\./g, '\\.')}:${port}/\\?`));

  // Phone 1 (360 x 640): welcome, team, dots (two on one item), sent; a reload says it has voted.
  const p1 = await openPhone(browser, { width: 360, height: 640 }, 'light');
  const ph = p1.phone.page;
  await ph.goto(url);
  await expect(ph.getByRole('heading', { name: 'Vote: what should we do first?' })).toBeVisible();
  await ph.getByRole('button', { name: 'Start' }).tap();
  await ph.getByRole('radio', { name: 'Sales' }).tap();
  await ph.getByRole('button', { name: 'Continue' }).tap();
  await ph.getByRole('button', { name: `Add a dot: ${ITEMS[1]}` }).tap();
  await ph.getByRole('button', { name: `Add a dot: ${ITEMS[1]}` }).tap();
  await ph.getByRole('button', { name: `Add a dot: ${ITEMS[0]}` }).tap();
  await expect(ph.getByTestId('dots-left')).toContainText('All 3 dots placed');
  // A fourth dot is one too many: said on the screen, nothing changes.
  await ph.getByRole('button', { name: `Add a dot: ${ITEMS[2]}` }).tap();
  await expect(ph.getByRole('alert')).toHaveText('You have placed all 3 dots. Take one off another item first.');
  await ph.screenshot({ path: `${SHOTS}/phone-vote-360x640.png` });
  expect(await axeSeriousOrCritical(ph)).toEqual([]);
  await ph.getByRole('button', { name: 'Send my dots' }).tap();
  await expect(ph.getByRole('heading', { name: 'Thank you! Your dots are saved.' })).toBeVisible();
  await ph.reload();
  await expect(ph.getByRole('heading', { name: 'You have voted on this phone' })).toBeVisible();
  await expect(page.getByTestId('ballot-count')).toHaveText(/1 ballot so far/);

  // Phone 2 (dark): its item is set aside while it votes; it is told, the list updates, its other dots stay.
  const p2 = await openPhone(browser, { width: 390, height: 844 }, 'dark');
  const ph2 = p2.phone.page;
  await ph2.goto(url);
  await ph2.getByRole('button', { name: 'Start' }).tap();
  await ph2.getByRole('radio', { name: 'Marketing' }).tap();
  await ph2.getByRole('button', { name: 'Continue' }).tap();
  await ph2.getByRole('button', { name: `Add a dot: ${ITEMS[2]}` }).tap();
  await ph2.getByRole('button', { name: `Add a dot: ${ITEMS[1]}` }).tap();
  const current = await bridge.open(w.id);
  await bridge.save({
    ...current,
    room: {
      ...current.room,
      shortList: current.room.shortList.map((i) => (i.id === three ? { ...i, hidden: true } : i)),
    },
  } satisfies Workshop);
  await ph2.getByRole('button', { name: 'Send my dots' }).tap();
  await expect(ph2.getByRole('alert')).toContainText(`“${ITEMS[2]}” was set aside: it takes no votes now.`);
  await expect(ph2.getByRole('button', { name: `Add a dot: ${ITEMS[2]}` })).toHaveCount(0);
  await expect(ph2.getByTestId('dots-left')).toContainText('2 of 3 dots left');
  await ph2.screenshot({ path: `${SHOTS}/phone-vote-390x844-dark-set-aside.png` });
  await ph2.getByRole('button', { name: 'Send my dots' }).tap();
  await expect(ph2.getByRole('heading', { name: 'Thank you! Your dots are saved.' })).toBeVisible();
  // The set-aside item comes back for the kiosk voters.
  const again = await bridge.open(w.id);
  await bridge.save({
    ...again,
    room: { ...again.room, shortList: again.room.shortList.map((i) => ({ ...i, hidden: false })) },
  });
  await p1.context.close();
  await p2.context.close();

  // The kiosk, by keyboard: one person after another; the next never sees earlier dots.
  await page.reload();
  await expect(page.getByTestId('ballot-count')).toHaveText(/2 ballots so far/);
  await page.locator('.decide-vote').scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/facilitator-vote-open-1280x800.png` });
  await page.locator('.decide-vote').screenshot({ path: `${SHOTS}/facilitator-vote-panel-open.png` });
  expect(await axeSeriousOrCritical(page, '.decide-vote')).toEqual([]);
  // The vote slide for the room: the live count of ballots, never a dot.
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.getByRole('button', { name: '▶ Present the vote' }).click();
  await expect(page.locator('.vote-lead')).toHaveText(/2 ballots so far/);
  await expect(page.locator('.vote-number')).toHaveCount(0);
  await page.screenshot({ path: `${SHOTS}/vote-slide-open-1920x1080.png` });
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`./#/workshop/${w.id}/decide`);
  await page.getByRole('button', { name: 'Vote on this laptop (kiosk)' }).click();
  await startKiosk(page);
  const heading = page.getByRole('heading', { level: 1 });
  for (const [n, keys] of [
    ['3', '2', '2'],
    ['1', '3', '3'],
  ].entries()) {
    await expect(heading).toHaveText('Vote: what should we do first?');
    await page.keyboard.press('Enter');
    await expect(heading).toHaveText('Which team are you in?');
    await page.keyboard.press(String(n + 1));
    await page.keyboard.press('Enter');
    await expect(heading).toHaveText('What should we do first?');
    await expect(page.getByTestId('dots-left')).toContainText('3 of 3 dots left');
    await expect(page.locator('.ballot-dot')).toHaveCount(0);
    for (const k of keys) await page.keyboard.press(k);
    if (n === 0) {
      await page.screenshot({ path: `${SHOTS}/kiosk-vote-1280x800.png` });
      expect(await axeSeriousOrCritical(page)).toEqual([]);
    }
    await page.keyboard.press('Enter');
    await expect(heading).toHaveText('Thank you! Your dots are saved.');
    await page.getByRole('button', { name: 'Start for the next person now' }).click();
  }
  await new KioskPage(page).tryExit(KIOSK_PIN);

  // Back on the Decide tab. Closing counts the ballot box: 4 ballots, dots per item, the workstream in that order.
  await expect(page.getByRole('heading', { name: 'Vote', exact: true })).toBeVisible();
  await expect(page.getByTestId('ballot-count')).toHaveText(/4 ballots so far/);
  await page.getByRole('button', { name: 'Close the vote' }).click();
  const tally = page.locator('.decide-tally tbody tr');
  await expect(tally).toHaveCount(3);
  await expect(page.getByText('4 ballots.')).toBeVisible();
  // Phone 1: 1 + 2 + 0; phone 2: 0 + 1 + 0; kiosk: 0 + 2 + 1 and 1 + 0 + 2.
  const dotsOf = async (row: number) => (await tally.nth(row).locator('td').nth(2).textContent())?.trim();
  expect([await dotsOf(0), await dotsOf(1), await dotsOf(2)]).toEqual(['2', '5', '3']);
  const outcome = page.locator('.decide-outcome-list li strong');
  await expect(outcome).toHaveText([ITEMS[1]!, ITEMS[2]!, ITEMS[0]!]);
  await page.locator('.decide-vote').screenshot({ path: `${SHOTS}/facilitator-vote-panel-closed.png` });
  const closed = await bridge.open(w.id);
  expect(closed.room.voting.counted).toMatchObject({ ballots: 4, dots: { [one!]: 2, [two!]: 5, [three!]: 3 } });
  expect(closed.room.voting.ballots).toEqual([]);
  // The survey is closed and so is the vote: the phone listener closes with them.
  await expect.poll(() => refused(address, port), { timeout: 5_000 }).toBe(true);
});

test('a phone that answered the survey gets the dot vote on its thank-you screen when the room opens one', async ({
  bridge,
  browser,
}) => {
  const { address } = listener();
  const created = await bridge.createWorkshop({ title: 'Vote after answering' });
  await bridge.call('survey.newRound', created.id, 'Baseline', defaultQuestionSet());
  let w = await bridge.open(created.id);
  const roundId = w.survey.rounds[0]!.id;
  await bridge.call('survey.setRoundStatus', w.id, roundId, 'open');
  const status = await bridge.call<{ active: { url: string } }>('phones.start', w.id, roundId, address);
  w = await bridge.open(w.id);
  let room = w.room;
  for (const [k, text] of ITEMS.entries()) {
    const r = addToShortList(room, { text }, `00000000-0000-4000-8000-00000000080${k}`);
    if ('error' in r) throw new Error(r.error.message);
    room = { ...room, shortList: r.shortList };
  }
  await bridge.save({ ...w, room });

  // This phone has answered the survey already (what the phone page keeps after its thank-you).
  const { context, phone } = await openPhone(browser, { width: 360, height: 640 }, 'light');
  await context.addInitScript((id) => localStorage.setItem(`tandem.phone.${id}.answered`, 'yes'), roundId);
  await phone.page.goto(status.active.url);
  await expect(phone.page.getByRole('heading', { name: 'You have answered on this phone' })).toBeVisible();
  await expect(phone.page.getByText('if the room votes next, the vote appears here')).toBeVisible();

  await bridge.call('votes.open', w.id, 2);
  await expect(phone.page.getByRole('heading', { name: 'Vote: what should we do first?' })).toBeVisible({
    timeout: 15_000,
  });
  await phone.page.getByRole('button', { name: 'Start' }).tap();
  await phone.page.getByRole('radio', { name: 'Marketing' }).tap();
  await phone.page.getByRole('button', { name: 'Continue' }).tap();
  await phone.page.getByRole('button', { name: `Add a dot: ${ITEMS[0]}` }).tap();
  await phone.page.getByRole('button', { name: 'Send my dots' }).tap();
  await expect(phone.page.getByRole('heading', { name: 'Thank you! Your dots are saved.' })).toBeVisible();
  expect(await bridge.call('votes.count', w.id)).toMatchObject({ status: 'open', ballots: 1 });
  await bridge.call('votes.close', w.id);
  await bridge.call('phones.stop');
  await context.close();
});
