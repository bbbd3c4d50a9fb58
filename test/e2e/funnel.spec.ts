import { readFile } from 'node:fs/promises';
import type { Workshop } from '../../shared/schema/workshop';
import { CONTENT_SECURITY_POLICY } from '../../electron/main/contentSecurity';
import { expect, test, type BridgeClient } from './fixtures';
import { FunnelPage } from './pages/FunnelPage';

/** A workshop with the seed 003 objectives: 10,000 / 1,000 = 10 customers; 10 / 2% = 500 leads a month. */
async function seededWorkshop(bridge: BridgeClient): Promise<Workshop> {
  const created = await bridge.createWorkshop();
  const w = await bridge.open(created.id);
  await bridge.save({
    ...w,
    objectives: {
      ...w.objectives,
      revenueGoal: 10_000,
      averageDealSize: 1_000,
      leadToCustomerRate: 2,
      period: 'month',
    },
  });
  return w;
}

test('draw the funnel from the template: add, connect, edit, undo/redo, layout, reload', async ({ page, bridge }) => {
  const w = await seededWorkshop(bridge);
  const funnel = new FunnelPage(page);
  await funnel.goto(w.id);
  await funnel.startFromTemplate();
  // Volumes flow from the revenue calculator: the lead stage shows the seed's 500.
  await expect(funnel.stage('Lead (inquiry)')).toContainText('Needed: 500 per month');
  // The objectives use one lead-to-customer rate: the stages in between say so instead of a number.
  await expect(funnel.stage('Opportunity')).toContainText('One overall rate (see objectives)');
  const edgesBefore = await funnel.edges.count();

  // Add a stage in the Sales lane and name it.
  await funnel.addStage('Sales');
  await funnel.panel.getByLabel('Name').fill('Partner referral');
  await expect(funnel.stage('Partner referral')).toBeVisible();
  await expect(funnel.stage('Partner referral')).toHaveAccessibleName('Stage Partner referral (Sales)');

  // Connect it forward to the SQL stage.
  await funnel.button('Fit to screen').click();
  await funnel.connect('Partner referral', 'Sales qualified lead (SQL)');
  await expect(funnel.edges).toHaveCount(edgesBefore + 1);

  // A forward edge that would make a loop is refused with a message.
  await funnel.connect('Customer', 'Lead (inquiry)');
  await expect(page.getByText(/would make a loop/)).toBeVisible();
  await expect(funnel.edges).toHaveCount(edgesBefore + 1);

  // Edit its criteria and rate in the side panel; a bad rate gets a message and is not stored.
  await funnel.select('Partner referral');
  await funnel.panel.getByLabel(/Entry criteria/).fill('Referred by a certified partner with a named contact.');
  const rate = funnel.panel.getByLabel('Conversion rate to next stage (%)');
  await rate.fill('150');
  await expect(
    funnel.panel.getByText('A conversion rate is at most 100% (everyone moves on); 150% is more.'),
  ).toBeVisible();
  await rate.fill('40');
  await expect(funnel.panel.getByRole('alert')).toHaveCount(0);
  await expect(funnel.stage('Partner referral').getByLabel('Conversion rate to next stage (%)')).toHaveValue('40');

  // Undo and redo (keyboard and toolbar).
  await page.keyboard.press('Control+z');
  await expect(rate).toHaveValue('');
  await page.keyboard.press('Control+Shift+z');
  await expect(rate).toHaveValue('40');
  await page.keyboard.press('Control+z');
  await expect(rate).toHaveValue('');
  await page.keyboard.press('Control+y');
  await expect(rate).toHaveValue('40');
  await funnel.button('Undo').click();
  await expect(rate).toHaveValue('');
  await funnel.button('Redo').click();
  await expect(rate).toHaveValue('40');

  // Auto layout: the new stage comes before the SQL stage it feeds, in its own lane.
  await funnel.button('Auto layout').click();
  await expect
    .poll(
      async () =>
        (await funnel.position('Partner referral')).x < (await funnel.position('Sales qualified lead (SQL)')).x,
    )
    .toBe(true);
  const before = await funnel.position('Partner referral');
  // Zoom in with the controls: the viewport is part of the saved picture.
  await page.locator('.react-flow__controls-zoomin').click();
  await funnel.waitSaved();
  const viewport = await page.locator('.react-flow__viewport').evaluate((el) => (el as HTMLElement).style.transform);

  // Reload: the same funnel, in the same place.
  await page.reload();
  await funnel.ready();
  await expect(funnel.stages).toHaveCount(10);
  await expect(funnel.edges).toHaveCount(edgesBefore + 1);
  expect(await funnel.position('Partner referral')).toEqual(before);
  await expect
    .poll(() => page.locator('.react-flow__viewport').evaluate((el) => (el as HTMLElement).style.transform))
    .toBe(viewport);
  await expect(funnel.stage('Partner referral').getByLabel('Conversion rate to next stage (%)')).toHaveValue('40');
  const stored = (await bridge.open(w.id)).funnel;
  const partner = stored.stages.find((s) => s.name === 'Partner referral');
  expect(partner).toMatchObject({
    owner: 'sales',
    conversionRate: 40,
    entryCriteria: 'Referred by a certified partner with a named contact.',
  });
  const sql = stored.stages.find((s) => s.kind === 'sql');
  expect(stored.handoffs).toContainEqual(
    expect.objectContaining({ source: partner?.id, target: sql?.id, kind: 'forward' }),
  );
});

test('nudge with arrow keys, duplicate, edit a hand-off, refuse a huge paste', async ({ page, bridge }) => {
  const w = await seededWorkshop(bridge);
  const funnel = new FunnelPage(page);
  await funnel.goto(w.id);
  await funnel.startFromTemplate();

  // Arrow keys nudge the selected stage on the grid; undo puts it back.
  await funnel.select('Opportunity');
  const start = await funnel.position('Opportunity');
  await funnel.stage('Opportunity').locator('.stage-owner').click();
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => funnel.position('Opportunity')).toEqual({ x: start.x + 10, y: start.y });
  await page.keyboard.press('Control+z');
  await expect.poll(() => funnel.position('Opportunity')).toEqual(start);

  // Duplicate keeps the content under a new name.
  await funnel.panel.getByRole('button', { name: 'Duplicate stage' }).click();
  await expect(funnel.stages).toHaveCount(10);
  await expect(funnel.panel.getByLabel('Name')).toHaveValue('Opportunity (copy)');
  await expect(funnel.panel.getByLabel(/Entry criteria/)).toHaveValue(
    'A qualified deal with a value and a close date.',
  );

  // An empty name is refused by the field, and the stored name stays.
  await funnel.panel.getByLabel('Name').fill('   ');
  await expect(funnel.panel.getByText('A stage needs a name.')).toBeVisible();
  await expect(funnel.stage('Opportunity (copy)')).toBeVisible();

  // A huge paste stays in the field with a message and is not stored.
  const huge = 'x'.repeat(25_000);
  await funnel.panel.getByLabel('Notes').fill(huge);
  await expect(funnel.panel.getByText(/25,000 characters; the limit is 20,000/)).toBeVisible();
  await expect(funnel.panel.getByLabel('Notes')).toHaveValue(huge);

  // A hand-off's promise: response time and attempts show on the edge.
  await page.locator('.react-flow__pane').click({ position: { x: 15, y: 15 } });
  await funnel.button('Fit to screen').click();
  await funnel.waitSaved();
  const mql = await bridge.open(w.id);
  const mqlId = mql.funnel.stages.find((s) => s.kind === 'mql')?.id;
  const edge = mql.funnel.handoffs.find((h) => h.source === mqlId && h.kind === 'forward');
  await page.locator(`.react-flow__edge[data-id="${edge?.id}"]`).click({ force: true });
  await expect(funnel.panel.getByRole('heading', { name: 'Hand-off' })).toBeVisible();
  await funnel.panel.getByLabel('Response time (hours)').fill('-4');
  await expect(funnel.panel.getByText('A response time cannot be negative.')).toBeVisible();
  await funnel.panel.getByLabel('Response time (hours)').fill('24');
  await funnel.panel.getByLabel('Follow-up attempts').fill('3');
  await expect(page.locator('.handoff-label', { hasText: '≤ 24 h · 3 attempts' })).toBeVisible();
  // Turning it into a way back is refused: it would point forward.
  await funnel.panel.getByLabel('Kind').selectOption('recycle');
  await expect(funnel.panel.getByText(/must lead to an earlier stage/)).toBeVisible();
  await funnel.waitSaved();
  const stored = (await bridge.open(w.id)).funnel;
  expect(stored.handoffs.find((h) => h.id === edge?.id)).toMatchObject({
    kind: 'forward',
    responseHours: 24,
    followUpAttempts: 3,
  });
  expect(stored.stages.some((s) => s.notes.length > 20_000)).toBe(false);

  // Reconnect the hand-off to skip SAL: MQL -> SQL.
  await funnel.reconnect(edge?.id ?? '', 'Sales qualified lead (SQL)');
  await funnel.waitSaved();
  await expect
    .poll(async () => (await bridge.open(w.id)).funnel.handoffs.find((h) => h.id === edge?.id)?.target)
    .toBe(stored.stages.find((s) => s.kind === 'sql')?.id);
});

test('export the funnel as PNG and SVG', async ({ page, bridge }) => {
  const w = await seededWorkshop(bridge);
  const funnel = new FunnelPage(page);
  await funnel.goto(w.id);
  await funnel.startFromTemplate();

  const [png] = await Promise.all([page.waitForEvent('download'), funnel.button('Export PNG').click()]);
  expect(png.suggestedFilename()).toMatch(/funnel\.png$/);
  const pngBytes = await readFile((await png.path()) as string);
  expect(pngBytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  expect(pngBytes.length).toBeGreaterThan(20_000);

  const [svg] = await Promise.all([page.waitForEvent('download'), funnel.button('Export SVG').click()]);
  expect(svg.suggestedFilename()).toMatch(/funnel\.svg$/);
  const svgText = await readFile((await svg.path()) as string, 'utf8');
  expect(svgText.startsWith('<svg')).toBe(true);
  // Real SVG: the stage names are text (wrapped on the card, whole in its title), every hand-off a path; no HTML,
  // no raster inside.
  expect(svgText).toContain('<title>Marketing qualified lead (MQL) (Marketing)</title>');
  expect(svgText).toContain('>lead (MQL)</text>');
  expect(svgText).not.toMatch(/<foreignObject|<image|<div/);
  const edgePaths = svgText.match(/<path class="handoff[^"]*"[^>]*>/g) ?? [];
  expect(edgePaths.length).toBe(10);
  for (const p of edgePaths) expect(p).toMatch(/\sd="M[^"]+"/);
});

test('deleting a stage an action refers to asks first and keeps the action meaningful', async ({ page, bridge }) => {
  const w = await seededWorkshop(bridge);
  const funnel = new FunnelPage(page);
  await funnel.goto(w.id);
  await funnel.startFromTemplate();
  await funnel.waitSaved();
  const stored = await bridge.open(w.id);
  const mql = stored.funnel.stages.find((s) => s.kind === 'mql');
  await bridge.save({
    ...stored,
    actions: [
      {
        id: crypto.randomUUID(),
        what: 'Agree the MQL score threshold',
        who: 'Dana',
        teamId: null,
        due: null,
        status: 'open',
        priority: 'high',
        source: { kind: 'stage', ref: mql?.id ?? null, label: '' },
        sessionId: null,
        notes: '',
        createdAt: new Date().toISOString(),
      } as unknown as Workshop['actions'][number],
    ],
  });
  await page.reload();
  await funnel.ready();
  await funnel.select('Marketing qualified lead (MQL)');
  await funnel.panel.getByRole('button', { name: 'Delete stage' }).click();
  const dialog = page.getByRole('dialog', { name: /Delete “Marketing qualified lead \(MQL\)”/ });
  await expect(dialog).toContainText('Action: Agree the MQL score threshold');
  await dialog.getByRole('button', { name: 'Keep it' }).click();
  await expect(funnel.stages).toHaveCount(9);

  await funnel.stage('Marketing qualified lead (MQL)').locator('.stage-owner').click();
  await page.keyboard.press('Delete');
  await page.getByRole('dialog').getByRole('button', { name: 'Delete anyway' }).click();
  await expect(funnel.stages).toHaveCount(8);
  await funnel.waitSaved();
  const after = await bridge.open(w.id);
  expect(after.actions[0]?.source).toEqual({ kind: 'stage', ref: mql?.id, label: 'Marketing qualified lead (MQL)' });

  // Undo brings the stage (and its hand-offs) back.
  await page.keyboard.press('Control+z');
  await expect(funnel.stages).toHaveCount(9);
});

test('the funnel lays out and exports under the desktop CSP without a violation', async ({ page, bridge }) => {
  await page.route('**/*', async (route) => {
    const response = await route.fetch();
    await route.fulfill({
      response,
      headers: { ...response.headers(), 'content-security-policy': CONTENT_SECURITY_POLICY },
    });
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.effectiveDirective} ${e.blockedURI}`));
  });
  const w = await seededWorkshop(bridge);
  const funnel = new FunnelPage(page);
  await funnel.goto(w.id);
  await funnel.startFromTemplate();
  await funnel.button('Auto layout').click();
  await expect(funnel.button('Auto layout')).toBeEnabled();
  for (const format of ['PNG', 'SVG']) {
    const [download] = await Promise.all([page.waitForEvent('download'), funnel.button(`Export ${format}`).click()]);
    expect((await readFile((await download.path()) as string)).length).toBeGreaterThan(1000);
  }
  await funnel.button('Present').click();
  await expect(page.getByRole('dialog', { name: 'Funnel, present view' })).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByText('Stage 1 of 9')).toBeVisible();
  await page.keyboard.press('Escape');
  expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
});
