import { funnelOf } from '../helpers/largeFunnel';
import { expect, test } from './fixtures';
import { FunnelPage } from './pages/FunnelPage';

const scale = (transform: string) => Number(/scale\(([\d.]+)\)/.exec(transform)?.[1] ?? NaN);

test('a funnel of 300 stages: the canvas holds the part in view, edits and fits the whole funnel', async ({
  page,
  bridge,
}) => {
  const created = await bridge.createWorkshop();
  const w = await bridge.open(created.id);
  await bridge.save({ ...w, funnel: funnelOf(300, { x: 0, y: 40, zoom: 0.8 }) });
  const funnel = new FunnelPage(page);
  await funnel.goto(w.id);
  await expect(funnel.stage('Stage 1')).toBeVisible();
  // Only the stages around the view are on the canvas; the minimap draws all 300 (four paths, one per lane).
  expect(await funnel.stages.count()).toBeLessThan(80);
  await expect(page.locator('.react-flow__minimap-node')).toHaveCount(4);
  // The hand-offs between the stages on screen are drawn, with both their ends.
  expect(await funnel.edges.count()).toBeGreaterThan(3);
  await expect(funnel.stage('Stage 80')).toHaveCount(0);

  // A stage on screen moves as on any canvas, and the move is saved.
  const before = await funnel.position('Stage 2');
  const box = await funnel.stage('Stage 2').locator('.stage-owner').boundingBox();
  if (!box) throw new Error('Stage 2 is not on screen');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 + 60, box.y + box.height / 2 + 40, { steps: 6 });
  await page.mouse.up();
  await expect.poll(async () => (await funnel.position('Stage 2')).x).toBeGreaterThan(before.x + 30);
  await funnel.waitSaved();

  // Fit to screen is of the whole funnel: zoomed out as far as the canvas goes, the stages far along it come in.
  const viewport = page.locator('.react-flow__viewport');
  const zoomBefore = scale((await viewport.getAttribute('style')) ?? '');
  await funnel.button('Fit to screen').click();
  await expect.poll(async () => scale((await viewport.getAttribute('style')) ?? '')).toBeLessThan(zoomBefore / 2);
  await expect(funnel.stage('Stage 80')).toHaveCount(1);

  // After a reload the moved stage is where it was left.
  await page.reload();
  await funnel.ready();
  await expect.poll(async () => (await funnel.position('Stage 2')).x).toBeGreaterThan(before.x + 30);
});
