import { expect, type Locator, type Page } from '@playwright/test';

/** The Funnel tab: the canvas, its toolbar and side panel. */
export class FunnelPage {
  constructor(readonly page: Page) {}

  async goto(workshopId: string): Promise<void> {
    await this.page.goto(`./#/workshop/${workshopId}/funnel`);
    await this.ready();
  }

  async ready(): Promise<void> {
    await expect(this.page.locator('.funnel-tab[data-ready="true"]')).toBeVisible();
  }

  get stages(): Locator {
    return this.page.locator('.react-flow__node-stage');
  }

  get edges(): Locator {
    return this.page.locator('.react-flow__edge');
  }

  stage(name: string | RegExp): Locator {
    const pattern = typeof name === 'string' ? new RegExp(`^Stage ${escape(name)} \\(`) : name;
    return this.page.getByRole('group', { name: pattern });
  }

  /** The React Flow node wrapper of a stage (for its id and position). */
  node(name: string): Locator {
    return this.page.locator('.react-flow__node-stage', { has: this.stage(name) });
  }

  get panel(): Locator {
    return this.page.locator('.funnel-panel');
  }

  button(name: string): Locator {
    return this.page.getByRole('toolbar', { name: 'Funnel tools' }).getByRole('button', { name, exact: true });
  }

  async startFromTemplate(): Promise<void> {
    await this.page.getByRole('button', { name: 'Start from the template' }).click();
    await expect(this.stages).toHaveCount(9);
  }

  async addStage(lane: string): Promise<void> {
    await this.page.getByLabel('Lane for a new stage').selectOption({ label: lane });
    await this.button('Add stage').click();
    await expect(this.panel.getByRole('heading', { name: 'Stage' })).toBeVisible();
  }

  async select(name: string): Promise<void> {
    // A stage off the visible part of the canvas cannot be clicked: show the whole funnel first.
    const box = await this.stage(name).boundingBox();
    const canvas = await this.page.locator('.react-flow__pane').boundingBox();
    const inside =
      box &&
      canvas &&
      box.x >= canvas.x &&
      box.y >= canvas.y &&
      box.x + box.width <= canvas.x + canvas.width &&
      box.y + box.height <= canvas.y + canvas.height;
    if (!inside) await this.button('Fit to screen').click();
    await this.stage(name).locator('.stage-owner').click();
    await expect(this.panel.getByLabel('Name')).toHaveValue(name);
  }

  /** Draws a hand-off by dragging from one stage's handle to another's. */
  async connect(from: string, to: string, kind: 'forward' | 'recycle' = 'forward'): Promise<void> {
    // Clear the selection first: edges of a selected stage are raised above the other stages' handles.
    await this.page.locator('.react-flow__pane').click({ position: { x: 15, y: 15 } });
    await expect(this.node(from)).toBeInViewport();
    await expect(this.node(to)).toBeInViewport();
    const out = this.node(from).locator(
      `.react-flow__handle[data-handleid="${kind === 'forward' ? 'out' : 'back-out'}"]`,
    );
    const into = this.node(to).locator(`.react-flow__handle[data-handleid="${kind === 'forward' ? 'in' : 'back-in'}"]`);
    const a = await out.boundingBox();
    const b = await into.boundingBox();
    if (!a || !b) throw new Error('handle not visible');
    await this.page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
    await this.page.mouse.down();
    await this.page.mouse.move((a.x + b.x) / 2, (a.y + b.y) / 2 + 20, { steps: 8 });
    await this.page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 8 });
    await this.page.mouse.up();
  }

  /** Drags the arrow end of a hand-off onto another stage. */
  async reconnect(handoffId: string, to: string): Promise<void> {
    await this.page.locator(`.react-flow__edge[data-id="${handoffId}"]`).click({ force: true });
    const anchor = await this.page
      .locator(`.react-flow__edge[data-id="${handoffId}"] .react-flow__edgeupdater-target`)
      .boundingBox();
    const target = await this.node(to).locator('.react-flow__handle[data-handleid="in"]').boundingBox();
    if (!anchor || !target) throw new Error('hand-off end or stage handle not visible');
    await this.page.mouse.move(anchor.x + anchor.width / 2, anchor.y + anchor.height / 2);
    await this.page.mouse.down();
    await this.page.mouse.move(target.x + 2, target.y + 2, { steps: 10 });
    await this.page.mouse.move(target.x + target.width / 2, target.y + target.height / 2, { steps: 5 });
    await this.page.mouse.up();
  }

  async position(name: string): Promise<{ x: number; y: number }> {
    const transform = await this.node(name).evaluate((el) => (el as HTMLElement).style.transform);
    const m = /translate\((-?[\d.]+)px, (-?[\d.]+)px\)/.exec(transform);
    if (!m) throw new Error(`no position in ${transform}`);
    return { x: Number(m[1]), y: Number(m[2]) };
  }

  async waitSaved(): Promise<void> {
    await expect(this.page.getByText('All changes saved')).toBeVisible();
  }
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
