import { mkdirSync } from 'node:fs';
import { defaultQuestionSet } from '../../shared/domain/survey/questionBank';
import type { Answer, SurveyResponse } from '../../shared/schema/survey';
import type { Workshop } from '../../shared/schema/workshop';
import { appReady, expect, test } from './fixtures';
import { listener, refused } from './helpers/phoneListener';
import { decodeQr, openPhone } from './pages/PhonePage';
import { PresentPage } from './pages/PresentPage';
import { SurveyTabPage } from './pages/KioskPage';

const SHOTS = 'test-results/screens/phones';
mkdirSync(SHOTS, { recursive: true });

function kioskAnswer(team: string, i: number): SurveyResponse {
  const answers: Record<string, Answer> = {};
  defaultQuestionSet().statements.forEach((s, j) => (answers[s.id] = (((i + j) % 5) + 1) as Answer));
  return { team, answers, comments: {} };
}

test('phones join by the QR code, answer on a touch screen, and count; after closing, the results include them', async ({
  page,
  bridge,
  browser,
}) => {
  test.setTimeout(240_000);
  const { address, port } = listener();
  const w = await bridge.createWorkshop({ title: 'Phones in the room' });
  const survey = new SurveyTabPage(page);
  await page.setViewportSize({ width: 1920, height: 1080 });
  await survey.goto(w.id);
  await page.getByRole('button', { name: 'Prepare the baseline survey' }).click();
  await page.getByLabel('Also let people answer on their phones').check();
  await page.getByRole('button', { name: 'Open for answers' }).click();
  await expect(survey.round('Baseline')).toContainText('Collecting');
  await page.getByLabel('Network').selectOption(address);
  await page.getByRole('button', { name: 'Switch phones on' }).click();
  const qr = page.getByRole('img', { name: /QR code to answer on a phone/ });
  await expect(qr).toBeVisible();

  // The kiosk laptop has answers too (three people at the door).
  const opened = await bridge.open(w.id);
  const roundId = opened.survey.rounds[0]!.id;
  for (let i = 0; i < 3; i++)
    await bridge.call('survey.submit', w.id, roundId, kioskAnswer(opened.teams[i % 2]!.id, i));

  // A phone's camera: the address in the QR code, decoded from the screen.
  const url = await decodeQr(qr);
  const code = (await page.getByTestId('join-code').textContent())!.replace(/\s/g, '');
  expect(url).toBe(`http://${address}:${port}/?${code}`);
  await page.screenshot({ path: `${SHOTS}/survey-tab-1920x1080.png` });

  // Phone 1: 360 x 640, light.
  const one = await openPhone(browser, { width: 360, height: 640 }, 'light');
  await one.phone.page.goto(url);
  await expect(one.phone.page.getByRole('heading', { name: /How well do Sales and Marketing/ })).toBeVisible();
  await expect(one.phone.page.getByText('password-protected network is advised')).toBeVisible();
  // The join code leaves the address bar once it worked.
  expect(one.phone.page.url()).toBe(`http://${address}:${port}/`);
  await one.phone.page.screenshot({ path: `${SHOTS}/phone-360x640-light-welcome.png` });
  await one.phone.page.getByRole('button', { name: 'Start the survey' }).tap();
  await one.phone.page.screenshot({ path: `${SHOTS}/phone-360x640-light-team.png` });
  await one.phone.page.getByRole('radio', { name: 'Sales' }).tap();
  await one.phone.page.getByRole('button', { name: 'Continue' }).tap();
  await one.phone.page.screenshot({ path: `${SHOTS}/phone-360x640-light-statement.png` });
  // Touch targets: every answer at least 44 px high and wide.
  for (const box of await one.phone.page
    .getByRole('radio')
    .evaluateAll((els) => els.map((e) => e.getBoundingClientRect())))
    expect(Math.min(box.width, box.height)).toBeGreaterThanOrEqual(44);
  // Nothing the page loads or applies was refused by its Content-Security-Policy.
  expect(one.phone.refusedByPolicy).toEqual([]);
  // Nothing wider than the phone's screen.
  expect(await one.phone.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await one.phone.answerStatements(0);
  await one.phone.finishWith('Phone one: share the lead definitions.');
  await one.phone.page.screenshot({ path: `${SHOTS}/phone-360x640-light-summary.png`, fullPage: true });
  await one.phone.submit();
  await one.phone.expectThanks();
  await one.phone.page.screenshot({ path: `${SHOTS}/phone-360x640-light-thanks.png` });
  await expect(survey.round('Baseline').getByTestId('count-Baseline')).toContainText('4 responses');

  // The same phone again (the code scanned again, a fresh page load): it has answered; nothing is sent twice by accident.
  await one.phone.page.goto('about:blank');
  await one.phone.page.goto(url);
  await expect(one.phone.page.getByRole('heading', { name: 'You have answered on this phone' })).toBeVisible();

  // Phone 2: 390 x 844, dark; it reloads halfway and carries on where it was.
  const two = await openPhone(browser, { width: 390, height: 844 }, 'dark');
  await two.phone.page.goto(url);
  await two.phone.page.screenshot({ path: `${SHOTS}/phone-390x844-dark-welcome.png` });
  await two.phone.start('Marketing');
  await two.phone.page.screenshot({ path: `${SHOTS}/phone-390x844-dark-statement.png` });
  await two.phone.answerStatements(3, 12);
  const where = await two.phone.page.locator('.kiosk-statement-text').textContent();
  await two.phone.page.reload();
  await expect(two.phone.page.locator('.kiosk-statement-text')).toHaveText(where!);
  await two.phone.answerStatements(4);
  await two.phone.finishWith('Phone two: meet weekly.');
  await two.phone.page.screenshot({ path: `${SHOTS}/phone-390x844-dark-summary.png` });
  await two.phone.submit();
  await two.phone.expectThanks();
  await two.phone.page.screenshot({ path: `${SHOTS}/phone-390x844-dark-thanks.png` });
  await expect(survey.round('Baseline').getByTestId('count-Baseline')).toContainText('5 responses');

  // The present slide: the live count, never an answer.
  const present = new PresentPage(page);
  await present.goto(w.id, 0);
  await page.keyboard.press('l');
  await page
    .getByRole('button', { name: /Answer on your phone/ })
    .first()
    .click();
  await expect(page.getByTestId('slide-count')).toHaveText('5 answers so far');
  expect(await decodeQr(page.getByRole('img', { name: /QR code to answer on a phone/ }))).toBe(url);
  await present.waitToolbarHidden();
  await page.screenshot({ path: `${SHOTS}/slide-1920x1080.png` });
  await expect(page.locator('main.present')).not.toContainText('share the lead definitions');

  // Phone 3, light 390 x 844, is on its summary when the facilitator closes the round.
  const three = await openPhone(browser, { width: 390, height: 844 }, 'light');
  await three.phone.page.goto(url);
  await three.phone.start('Sales');
  await three.phone.answerStatements(1);
  await three.phone.finishWith('Phone three: too late.');
  await page.keyboard.press('Escape');
  await survey.goto(w.id);
  await page.getByRole('listitem', { name: 'Round Baseline' }).getByRole('button', { name: 'Close round' }).click();
  await page.getByRole('dialog', { name: 'Close “Baseline”?' }).getByRole('button', { name: 'Close round' }).click();
  await expect(survey.round('Baseline')).toContainText('Closed');
  // The listener is closed: a connection is refused.
  expect(await refused(address, port)).toBe(true);
  await three.phone.submit();
  await expect(
    three.phone.page.getByRole('alert').filter({ hasText: 'answers are kept on this screen' }),
  ).toBeVisible();
  await expect(three.phone.page.getByText('Phone three: too late.')).toBeVisible();
  await three.phone.page.screenshot({ path: `${SHOTS}/phone-390x844-light-closed.png` });

  // The results count the kiosk's and the phones' answers.
  await page.goto(`./#/workshop/${w.id}/results`);
  await appReady(page);
  await expect(page.getByRole('combobox', { name: 'Round' })).toContainText('Baseline · closed · 5 responses');
  await expect(page.getByRole('heading', { name: 'Participation' })).toBeVisible();
  const after: Workshop = await bridge.open(w.id);
  expect(after.survey.rounds[0]!.responseCount).toBe(5);
  await Promise.all([one.context.close(), two.context.close(), three.context.close()]);
});

test('a typed address asks for the join code, and a wrong code gets a clear message', async ({
  page,
  bridge,
  browser,
}) => {
  const { address, port } = listener();
  const w = await bridge.createWorkshop({ title: 'Typed address' });
  const survey = new SurveyTabPage(page);
  await survey.goto(w.id);
  await page.getByRole('button', { name: 'Prepare the baseline survey' }).click();
  await page.getByRole('button', { name: 'Open for answers' }).click();
  await page.getByLabel('Network').selectOption(address);
  await page.getByRole('button', { name: 'Switch phones on' }).click();
  const code = (await page.getByTestId('join-code').textContent())!.replace(/\s/g, '');
  // The A4 handout: what the print dialog would print (the dialog itself is left out).
  await page.evaluate(() => {
    window.print = () => undefined;
  });
  await page.getByRole('button', { name: 'Print handout (A4)' }).click();
  await page.emulateMedia({ media: 'print' });
  await page.pdf({ path: `${SHOTS}/handout-a4.pdf`, format: 'A4', printBackground: true });
  await page.emulateMedia({ media: 'screen' });
  const { context, phone } = await openPhone(browser, { width: 360, height: 640 }, 'light');
  // An old QR code (an earlier opening's code in the address): the page says so and asks for the code.
  await phone.page.goto(`http://${address}:${port}/?ZZZZZZ`);
  await expect(phone.page.getByRole('alert')).toContainText('not the one on the screen');
  await expect(phone.page.getByLabel('Join code')).toBeVisible();
  await phone.page.goto(`http://${address}:${port}/`);
  await phone.page.getByLabel('Join code').fill('ZZZ ZZZ');
  await phone.page.getByRole('button', { name: 'Join' }).tap();
  await expect(phone.page.getByRole('alert')).toContainText('not the one on the screen');
  await phone.page.screenshot({ path: `${SHOTS}/phone-360x640-light-wrong-code.png` });
  await phone.page.getByLabel('Join code').fill(code.toLowerCase());
  await phone.page.getByRole('button', { name: 'Join' }).tap();
  await expect(phone.page.getByRole('button', { name: 'Start the survey' })).toBeVisible();
  // Switched off: the listener closes.
  await page.getByRole('button', { name: 'Switch phones off' }).click();
  await expect(page.getByRole('button', { name: 'Switch phones on' })).toBeVisible();
  expect(await refused(address, port)).toBe(true);
  await context.close();
});
