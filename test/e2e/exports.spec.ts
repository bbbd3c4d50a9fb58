import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import MarkdownIt from 'markdown-it';
import Papa from 'papaparse';
import { humanDay } from '../../shared/domain/actions/dates';
import { SLA_SECTIONS } from '../../shared/domain/sla/generate';
import { toBackupText, type RoundAnswers } from '../../shared/restore';
import type { Workshop } from '../../shared/schema/workshop';
import { emptyWorkshop, fullResponses, fullWorkshop } from '../unit/export/fullWorkshop';
import { expect, test, type BridgeClient } from './fixtures';
import { ActionsPage, ExportPage, openPrint } from './pages/ExportsPages';

const OUT = path.resolve(process.env.TANDEM_EXPORTS_OUT ?? path.join('test-results', 'exports'));
const md = new MarkdownIt({ html: true });
const RTL = 'مرحبا بالعالم — שלום עולם';
const SCRIPTS = `Ελληνικά Русский 中文 日本語 한국어 हिन्दी ไทย ${RTL} 🚀👩🏽‍💻`;
// A comment at the 2,000-character limit, with one 300-character word that must wrap, not overflow.
const HUGE = `Huge-comment-start ${'Z'.repeat(300)} ${`${SCRIPTS} `.repeat(40)}`.slice(0, 1988) + ' END-OF-HUGE';

/** Imports a workshop as a new copy (its own id) and returns that id. */
async function seed(bridge: BridgeClient, w: Workshop, answers: RoundAnswers = {}): Promise<string> {
  const text = toBackupText(w, answers, new Date().toISOString());
  const res = await bridge.call<{ status: string; workshop?: { id: string } }>(
    'workshops.importBackup',
    { name: 'seed.json', base64: Buffer.from(text).toString('base64') },
    'as-copy',
  );
  if (!res.workshop) throw new Error(`import failed: ${JSON.stringify(res)}`);
  return res.workshop.id;
}

function pdfText(file: string): string {
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
}

/** Renders every page to PNG (to be looked at) and returns how many there are. */
function pdfPages(file: string, prefix: string): number {
  execFileSync('pdftoppm', ['-png', '-r', '60', file, prefix]);
  const dir = path.dirname(prefix);
  const pages = readdirSync(dir).filter((f) => f.startsWith(path.basename(prefix)) && f.endsWith('.png'));
  for (const p of pages) expect(statSync(path.join(dir, p)).size).toBeGreaterThan(2000);
  return pages.length;
}

function noHtml(text: string): void {
  const walk = (tokens: ReturnType<typeof md.parse>): string[] =>
    tokens.flatMap((t) => [t.type, ...(t.children ? walk(t.children) : [])]);
  const kinds = walk(md.parse(text, {}));
  expect(kinds.filter((k) => k.startsWith('html'))).toEqual([]);
}

test.beforeAll(() => mkdirSync(OUT, { recursive: true }));

test('a full workshop to exported files: actions by keyboard, SLA edit, Markdown, CSV, backup and PDF', async ({
  page,
  bridge,
}) => {
  const base = fullWorkshop();
  const round = base.survey.rounds[0]!;
  const withHuge = fullResponses().map((r, i) => (i === 0 ? { ...r, comments: { better: HUGE } } : r));
  const id = await seed(bridge, { ...base, company: `Acme ${SCRIPTS}`, actions: [] }, { [round.id]: withHuge });

  // Actions by keyboard only: quick-add lines with who, team, when and priority.
  const actions = new ActionsPage(page);
  await actions.goto(id);
  await page.keyboard.press('/');
  await expect(page.getByLabel('New action')).toBeFocused();
  const lines = [
    ['Agree MQL definition @Anna #marketing due 2026-12-04 !high', 'Agree MQL definition', 'Anna', '2026-12-04'],
    ['Weekly Smarketing meeting @Ben #sales due 2026-12-07', 'Weekly Smarketing meeting', 'Ben', '2026-12-07'],
    ['Fix the CRM sync @Carla #sales due 2020-01-10', 'Fix the CRM sync', 'Carla', '2020-01-10'],
    [
      `Pilot review | <script>x</script> ${RTL} @Dana due 2027-01-15 !low`,
      `Pilot review | <script>x</script> ${RTL}`,
      'Dana',
      '2027-01-15',
    ],
  ] as const;
  for (const [line, , , due] of lines) {
    // A date already past is warned about before it is added (Enter twice).
    if (due < '2026-01-01') await actions.quickAddPastDate(line, /already past/);
    else await actions.quickAdd(line);
  }
  for (const [, what, who] of lines) {
    await expect(actions.row(what)).toBeVisible();
    await expect(actions.row(what).getByLabel(/^Who/)).toHaveValue(who);
  }
  // A bad line is refused with a message, and nothing is lost from the line.
  await page.getByLabel('New action').fill('@Anna by friday');
  await page.getByLabel('New action').press('Enter');
  await expect(page.getByRole('alert').filter({ hasText: 'what needs doing' })).toBeVisible();
  await expect(page.getByLabel('New action')).toHaveValue('@Anna by friday');
  await page.getByLabel('New action').fill('');
  await expect(page.getByTestId('save-state')).toHaveText(/All changes saved/);

  // SLA: every section drafted; one edited in place is kept, and regenerating it asks first.
  await page.goto(`./#/workshop/${id}/sla`);
  for (const s of SLA_SECTIONS)
    await expect(page.getByRole('heading', { name: new RegExp(`^\\d+\\. ${s.title}`) })).toBeVisible();
  const pilot = page.getByRole('region', { name: /Pilot before rollout/ });
  await pilot.getByRole('textbox').fill(`Pilot with the DACH team for six weeks. ${SCRIPTS}`);
  await expect(pilot.getByText('Edited by you')).toBeVisible();
  await pilot.getByRole('button', { name: 'Regenerate' }).click();
  const confirm = page.getByRole('dialog', { name: /Replace your text/ });
  await expect(confirm).toBeVisible();
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(pilot.getByRole('textbox')).toHaveValue(/Pilot with the DACH team/);
  await expect(page.getByTestId('save-state')).toHaveText(/All changes saved/);

  // Markdown x3, CSV x2, backup: downloads in the browser build.
  const exp = new ExportPage(page);
  await exp.goto(id);
  const mdActions = await exp.download('Action list', 'Markdown');
  expect(mdActions.name).toMatch(/\.md$/);
  noHtml(mdActions.text);
  expect(md.render(mdActions.text)).toContain('Pilot review | &lt;script&gt;x&lt;/script&gt;');
  const mdSla = await exp.download('Draft SLA', 'Markdown');
  for (const s of SLA_SECTIONS) expect(mdSla.text).toContain(s.title);
  expect(mdSla.text).toContain('Pilot with the DACH team');
  const mdPlaybook = await exp.download('Smarketing playbook', 'Markdown');
  noHtml(mdPlaybook.text);
  expect(mdPlaybook.text).toContain('```mermaid');
  writeFileSync(path.join(OUT, 'playbook.md'), mdPlaybook.text);

  const csv = await exp.download('Spreadsheets (CSV)', 'Actions CSV');
  const rows = Papa.parse<string[]>(csv.text.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
  expect(rows).toHaveLength(5);
  expect(rows.find((r) => r[0] === 'Fix the CRM sync')?.[6]).toBe('yes');
  expect(rows.map((r) => r[0])).toContain(`Pilot review | <script>x</script> ${RTL}`);
  const responses = await exp.download('Spreadsheets (CSV)', 'Responses CSV');
  const rrows = Papa.parse<string[]>(responses.text.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
  expect(rrows).toHaveLength(13);
  expect(rrows[0]!.join(' ')).not.toMatch(/time|date/i);
  expect(rrows.slice(1).map((r) => r[0])).not.toContain('Leadership');

  // The funnel picture through the funnel's own image function: a PNG and an SVG whose edges keep their paths.
  const [png] = await Promise.all([
    page.waitForEvent('download'),
    exp.card('Funnel picture').getByRole('button', { name: 'PNG', exact: true }).click(),
  ]);
  const pngBytes = readFileSync(await png.path());
  expect(png.suggestedFilename()).toMatch(/\.png$/);
  expect(pngBytes.subarray(1, 4).toString()).toBe('PNG');
  expect(pngBytes.length).toBeGreaterThan(10_000);
  const svg = await exp.download('Funnel picture', 'SVG');
  expect(svg.name).toMatch(/\.svg$/);
  expect(svg.text).toContain('<svg');
  expect(svg.text).toMatch(/<path[^>]* d="M/);

  const backup = await exp.download('Backup', 'Save backup');
  expect(JSON.parse(backup.text).type).toBe('tandem.backup');

  // The PDF button opens the same print page in the browser build.
  const [popup] = await Promise.all([
    page.waitForEvent('popup'),
    exp.card('Draft SLA').getByRole('button', { name: /PDF/ }).click(),
  ]);
  await expect(popup).toHaveURL(/#\/print\/[^/]+\/sla\?pageSize=A4/);
  await popup.close();

  // PDF of every document in A4 and Letter, printed by Chromium's own engine on the print route.
  const stored = await bridge.open(id);
  for (const [doc, size] of [
    ['playbook', 'A4'],
    ['sla', 'Letter'],
    ['actions', 'A4'],
  ] as const) {
    const p = await page.context().newPage();
    await openPrint(p, id, doc, size);
    const file = path.join(OUT, `full-${doc}-${size}.pdf`);
    await p.pdf({ path: file, preferCSSPageSize: true, printBackground: true });
    await p.close();
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    expect(info).toContain(size === 'A4' ? '(A4)' : '(letter)');
    const text = pdfText(file);
    const flat = text.replace(/\s+/g, ' ');
    expect(flat).toMatch(/Page 1 of \d+/);
    expect(flat).toContain('Q1 Smarketing workshop');
    if (doc !== 'actions') for (const s of SLA_SECTIONS) expect(flat, `${doc}: ${s.title}`).toContain(s.title);
    if (doc !== 'sla') {
      for (const a of stored.actions) {
        expect(flat).toContain(a.who);
        expect(flat).toContain(humanDay(a.due ?? ''));
        expect(flat).toContain(a.what.split(' |')[0]);
      }
      expect(flat).toContain('Pilot review | <script>x</script>');
      expect(flat).toMatch(/Fix the CRM sync Carla Sales Fri 10 Jan 2020 Overdue/);
    }
    const pages = pdfPages(file, path.join(OUT, `full-${doc}-${size}`));
    expect(pages).toBeGreaterThan(0);
    console.log(`${doc} ${size}: ${pages} page(s) → ${path.join(OUT, `full-${doc}-${size}-*.png`)}`);
  }
  // The huge comment is in the playbook whole (its long word wrapped inside the page).
  const flatPlaybook = pdfText(path.join(OUT, 'full-playbook-A4.pdf')).replace(/\s+/g, '');
  expect(flatPlaybook).toContain('Huge-comment-start');
  expect(flatPlaybook).toContain('Z'.repeat(300));
  expect(flatPlaybook).toContain('END-OF-HUGE');
  // Every script, right-to-left text and emoji survive into the PDF text.
  const playbookText = pdfText(path.join(OUT, 'full-playbook-A4.pdf'));
  // The funnel is real SVG on a landscape page of its own: its words are text in the PDF (the owner chips).
  expect(playbookText).toMatch(/MARKETING[\s\S]*SALES/);
  const sizes = execFileSync('pdfinfo', ['-f', '1', '-l', '99', path.join(OUT, 'full-playbook-A4.pdf')], {
    encoding: 'utf8',
  });
  expect(sizes).toMatch(/size:\s+841\.\d+ x 59[45]\.\d+ pts/); // a landscape A4 page
  for (const word of ['Ελληνικά', 'Русский', '中文', '日本語', '한국어', 'हिन्दी']) expect(playbookText).toContain(word);
  expect(playbookText).toMatch(/مرحبا|ابحرم/);
  expect(playbookText).toMatch(/שלום|םולש/);
});

test('an empty workshop: every export still works and says what is missing', async ({ page, bridge }) => {
  const id = await seed(bridge, emptyWorkshop());
  const exp = new ExportPage(page);
  await exp.goto(id);
  await expect(exp.card('Smarketing playbook').getByText(/Still missing \(\d+\)/)).toBeVisible();
  await expect(exp.card('Funnel picture').getByRole('button', { name: 'PNG' })).toBeDisabled();
  for (const card of ['Action list', 'Draft SLA', 'Smarketing playbook']) {
    const file = await exp.download(card, 'Markdown');
    noHtml(file.text);
    expect(file.text).toMatch(/Still (missing|to be agreed)/);
  }
  const csv = await exp.download('Spreadsheets (CSV)', 'Actions CSV');
  expect(Papa.parse(csv.text.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data).toHaveLength(1);
  // No round yet: the responses file is still written, with a header and a row that says why.
  const responses = await exp.download('Spreadsheets (CSV)', 'Responses CSV');
  const rows = Papa.parse<string[]>(responses.text.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
  expect(rows[0]).toEqual(['Team', 'Note']);
  expect(rows[1]?.[1]).toMatch(/no survey round yet|no responses|not/i);
  await expect(
    page
      .getByRole('status')
      .filter({ hasText: /Anonymous responses .*the file says why/ })
      .first(),
  ).toBeVisible();

  for (const doc of ['actions', 'sla', 'playbook'] as const) {
    const p = await page.context().newPage();
    await openPrint(p, id, doc, 'A4');
    const file = path.join(OUT, `empty-${doc}.pdf`);
    await p.pdf({ path: file, preferCSSPageSize: true, printBackground: true });
    await p.close();
    const flat = pdfText(file).replace(/\s+/g, ' ');
    expect(flat).toMatch(/Still (missing|to be agreed)/);
    expect(pdfPages(file, path.join(OUT, `empty-${doc}`))).toBeGreaterThan(0);
  }
});

test('actions: sort and filter by owner, status and date; a follow-up session reviews open actions first', async ({
  page,
  bridge,
}) => {
  const base = fullWorkshop();
  const id = await seed(bridge, base);
  const actions = new ActionsPage(page);
  await actions.goto(id);
  const whats = () => page.getByRole('row', { name: /^Action \d+:/ }).getByLabel(/^What/);

  // Filter by owner, then by status; sort by clicking a column header.
  await page.getByLabel('Owner', { exact: true }).fill('ben');
  await expect(whats()).toHaveCount(1);
  await page.getByLabel('Owner', { exact: true }).fill('');
  await page.getByLabel('Status', { exact: true }).selectOption('done');
  await expect(whats()).toHaveCount(1);
  await expect(whats().first()).toHaveValue(/Shared CRM dashboard/);
  await page.getByLabel('Status', { exact: true }).selectOption('all');
  await page.getByRole('button', { name: 'When', exact: true }).click();
  await expect(page.getByRole('columnheader', { name: /When/ })).toHaveAttribute('aria-sort', 'descending');
  await expect(whats().first()).toHaveValue('Set up the weekly Smarketing meeting');
  await page.getByLabel('Due by').fill('2026-11-28');
  await expect(whats()).toHaveCount(1);
  await page.getByLabel('Due by').fill('');

  // A follow-up session: the two open actions of the workshop day come first; keys C and D decide.
  await page.getByRole('button', { name: 'Start a follow-up session' }).click();
  const dialog = page.getByRole('dialog', { name: 'Start a follow-up session' });
  await dialog.getByLabel('Session name').fill('March follow-up');
  await dialog.getByLabel('Date').fill('2027-03-01');
  await dialog.getByRole('button', { name: 'Start session' }).click();
  const review = page.getByRole('region', { name: /Review first: 2 open actions/ });
  await expect(review).toBeVisible();
  await review.getByRole('listitem').first().focus();
  await page.keyboard.press('c');
  await expect(page.getByRole('region', { name: /Review first: 1 open action/ })).toBeVisible();
  await page
    .getByRole('region', { name: /Review first/ })
    .getByRole('listitem')
    .first()
    .focus();
  await page.keyboard.press('d');
  await expect(page.getByRole('region', { name: /Review first/ })).toHaveCount(0);
  await expect(page.getByTestId('save-state')).toHaveText(/All changes saved/);
  const stored = await bridge.open(id);
  expect(stored.sessions.map((s) => s.name)).toEqual(['Workshop', 'March follow-up']);
  expect(stored.sessions[1]!.reviewDone).toBe(true);
  const decisions = stored.actions.flatMap((a) => a.reviews.map((r) => `${a.status}:${r.decision}`)).sort();
  expect(decisions).toEqual(['done:done', expect.stringMatching(/^(open|in-progress):carried-over$/)]);
  // New actions belong to the new session.
  await actions.quickAdd('Report pilot results @Anna #marketing due 2027-03-15');
  await expect
    .poll(async () => (await bridge.open(id)).actions.find((a) => a.what === 'Report pilot results')?.sessionId)
    .toBe(stored.sessions[1]!.id);
});

test('the print route says so when the workshop does not exist', async ({ page }) => {
  await page.goto('./#/print/00000000-0000-4000-8000-0000000000ff/sla?pageSize=A4');
  await expect(page.locator('body')).toHaveAttribute('data-print-ready', 'error');
  await expect(page.getByRole('alert')).toBeVisible();
});
