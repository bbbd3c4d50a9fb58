import { mkdirSync } from 'node:fs';
import { expect, test, type BridgeClient } from './fixtures';
import { axeSeriousOrCritical } from './helpers/axe';
import type { Call } from './helpers/seedResults';
import { seedRoomWorkshop } from './helpers/seedRoom';
import { PresentPage } from './pages/PresentPage';

const SHOTS = 'test-results/a11y';
mkdirSync(SHOTS, { recursive: true });
const callOf =
  (bridge: BridgeClient): Call =>
  (channel, ...args) =>
    bridge.call(channel, ...args);

/** Every tab of an open workshop, in the order of the journey. */
const TABS = ['overview', 'agenda', 'survey', 'results', 'funnel', 'decide', 'actions', 'sla', 'export'];

test.describe('accessibility and legibility', () => {
  test('home and every tab: no serious or critical axe-core findings', async ({ page, bridge }) => {
    test.setTimeout(180_000);
    const { workshop: w } = await seedRoomWorkshop(callOf(bridge), 'A11y tabs');
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('./#/');
    await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
    expect(await axeSeriousOrCritical(page), 'axe on home').toEqual([]);
    for (const tab of TABS) {
      await page.goto(`./#/workshop/${w.id}/${tab}`);
      await expect(page.locator(`main.workshop-body[data-tab="${tab}"]`)).toBeVisible();
      if (tab === 'funnel') {
        await expect(page.locator('.react-flow__node-stage').first()).toBeVisible();
        await page.waitForTimeout(500);
        // Canvas cards at the zoom the editor opens at: every text >= 12 px on screen, no stage name cut.
        const cards = await page.evaluate(() => {
          const viewport = document.querySelector<HTMLElement>('.react-flow__viewport');
          const zoom = viewport ? new DOMMatrixReadOnly(getComputedStyle(viewport).transform).a : 1;
          let smallest = Infinity;
          const walker = document.createTreeWalker(document.querySelector('.react-flow__nodes')!, NodeFilter.SHOW_TEXT);
          for (let n = walker.nextNode(); n; n = walker.nextNode()) {
            const el = n.parentElement;
            if (!n.textContent?.trim() || !el?.closest('.stage-node')) continue;
            smallest = Math.min(smallest, Number(getComputedStyle(el).fontSize.replace('px', '')) * zoom);
          }
          for (const input of document.querySelectorAll<HTMLElement>('.stage-node input, .stage-node textarea'))
            smallest = Math.min(smallest, Number(getComputedStyle(input).fontSize.replace('px', '')) * zoom);
          const cut = [...document.querySelectorAll<HTMLTextAreaElement>('.stage-name-input')]
            .filter((t) => t.scrollHeight > t.clientHeight + 1 || t.scrollWidth > t.clientWidth + 1)
            .map((t) => t.value);
          return { zoom, smallest, cut };
        });
        expect(cards.smallest, `smallest card text at zoom ${cards.zoom}`).toBeGreaterThanOrEqual(12);
        expect(cards.cut).toEqual([]);
      }
      if (tab === 'sla')
        await expect(page.locator('main')).toContainText(
          'Tell us why a lead was rejected, within two days (agreed in the room)',
        );
      await page.waitForTimeout(300);
      expect(await axeSeriousOrCritical(page), `axe on the ${tab} tab`).toEqual([]);
      await page.screenshot({ path: `${SHOTS}/tab-${tab}.png`, fullPage: true });
    }
  });

  test('every slide at 1920x1080: smallest body text >= 28 px and no serious axe findings', async ({
    page,
    bridge,
  }) => {
    test.setTimeout(400_000);
    const { workshop: w, hiddenComment } = await seedRoomWorkshop(callOf(bridge), 'A11y slides');
    await page.setViewportSize({ width: 1920, height: 1080 });
    const present = new PresentPage(page);
    await present.goto(w.id);
    const count = await present.count();
    const seen: string[] = [];
    for (let i = 1; i <= count; i++) {
      await present.expectSlide(i);
      const id = await present.slideId();
      seen.push(id);
      const smallest = await present.smallestTextPx();
      expect(smallest.px, `smallest text on ${id}: "${smallest.text}"`).toBeGreaterThanOrEqual(28);
      expect(await axeSeriousOrCritical(page), `axe on ${id}`).toEqual([]);
      await expect(present.stage()).not.toContainText(hiddenComment);
      // The current agenda item's timer is on every slide but the agenda's own.
      if (id !== 'agenda') await expect(present.stage().getByRole('timer')).toBeVisible();
      await page.keyboard.press('ArrowRight');
    }
    for (const id of [
      'headline',
      'comments-themes',
      'comments-1',
      'funnel',
      'board',
      'vote',
      'matrix',
      'workstream-1',
      'actions-1',
    ])
      expect(seen, `slides: ${seen.join(', ')}`).toContain(id);
    expect(seen.filter((s) => s.startsWith('funnel-stage-')).length).toBeGreaterThan(4);
  });

  test('presenter and audience views, at 1920x1080 and 1280x720: no serious axe findings, legible next preview', async ({
    page,
    bridge,
  }) => {
    test.setTimeout(180_000);
    const { workshop: w } = await seedRoomWorkshop(callOf(bridge), 'A11y presenter');
    for (const [width, height] of [
      [1920, 1080],
      [1280, 720],
    ] as const) {
      await page.setViewportSize({ width, height });
      const present = new PresentPage(page);
      await present.goto(w.id, 4);
      await page.keyboard.press('p');
      await expect(page.getByRole('region', { name: 'Next slide', exact: true })).toBeVisible();
      // The next preview is at least a third of the window wide.
      const next = await page.locator('.presenter-next').boundingBox();
      expect(next!.width).toBeGreaterThan(width / 3);
      expect(await axeSeriousOrCritical(page), `axe on the presenter view at ${width}x${height}`).toEqual([]);
      if (width === 1920) {
        // Presenter notes are the facilitator's to edit, per slide, saved with the workshop.
        const notes = page.getByLabel(/^Notes for “/);
        await notes.fill('Ask Sales first, then Marketing.');
        await expect
          .poll(async () => Object.values((await bridge.open(w.id)).room.deck.notes))
          .toEqual(['Ask Sales first, then Marketing.']);
        await page.reload();
        await expect(present.main).toBeVisible();
        await page.mouse.move(0, 0);
        await page.keyboard.press('p');
        await expect(page.getByLabel(/^Notes for “/)).toHaveValue('Ask Sales first, then Marketing.');
      }
      await page.screenshot({ path: `${SHOTS}/presenter-${width}x${height}.png` });
      const audience = await page.context().newPage();
      await audience.setViewportSize({ width, height });
      await audience.goto(`./#/audience/${w.id}`);
      await page.keyboard.press('ArrowRight');
      await expect(audience.locator('main.audience')).toHaveAttribute('data-slide-id', await present.slideId());
      expect(await axeSeriousOrCritical(audience), `axe on the audience view at ${width}x${height}`).toEqual([]);
      await audience.waitForTimeout(400);
      await audience.screenshot({ path: `${SHOTS}/audience-${width}x${height}.png` });
      await audience.close();
      await page.keyboard.press('Escape');
    }
  });

  test('print pages: no serious axe findings', async ({ page, bridge }) => {
    test.setTimeout(180_000);
    const { workshop: w } = await seedRoomWorkshop(callOf(bridge), 'A11y print');
    await page.setViewportSize({ width: 1280, height: 900 });
    for (const doc of ['actions', 'sla', 'playbook']) {
      await page.goto(`./#/print/${w.id}/${doc}?pageSize=A4`);
      await expect(page.locator('body[data-print-ready="true"]')).toBeAttached({ timeout: 30_000 });
      expect(await axeSeriousOrCritical(page), `axe on the ${doc} print page`).toEqual([]);
      if (doc === 'playbook') {
        await expect(page.locator('body')).toContainText('Prioritised workstream');
        await expect(page.locator('body')).toContainText('Ending the War Between Sales and Marketing');
      }
    }
  });
});
