import { test as base, expect, type APIRequestContext, type Page } from '@playwright/test';
import type { NewWorkshopInput, Workshop } from '../../shared/schema/workshop';

/** The data folder the server of the running test's project writes to (read it to check what is on disk). */
export const dataDir = (): string => {
  const dir = (base.info().project.metadata as { dataDir?: string }).dataDir;
  if (!dir) throw new Error('No data folder for this project: run through playwright.config.ts');
  return dir;
};

/** Calls the services through the same HTTP bridge the browser build uses, with the page's token. */
export class BridgeClient {
  private token: string | null = null;
  constructor(private readonly request: APIRequestContext) {}

  private async ensureToken(): Promise<string> {
    if (this.token) return this.token;
    const html = await (await this.request.get('/')).text();
    const m = /name="tandem-token" content="([a-f0-9]+)"/.exec(html);
    if (!m?.[1]) throw new Error('No token in index.html');
    this.token = m[1];
    return this.token;
  }

  /** Calls one channel of the contract, e.g. call('workshops.create', input). */
  async call<T = unknown>(channel: string, ...args: unknown[]): Promise<T> {
    const res = await this.request.post(`/api/${channel}`, {
      headers: { authorization: `Bearer ${await this.ensureToken()}` },
      data: args,
    });
    const text = await res.text();
    if (!res.ok()) throw new Error(`${channel} failed (${res.status()}): ${text}`);
    return (text ? JSON.parse(text) : undefined) as T;
  }

  /** A new workshop with unique title, Sales and Marketing teams (plus any overrides). */
  async createWorkshop(overrides: Partial<NewWorkshopInput> = {}): Promise<Workshop> {
    const input: NewWorkshopInput = {
      title: `Workshop ${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`,
      company: 'Acme Robotics',
      date: '2026-12-01',
      facilitator: 'Dana Facilitator',
      teams: [
        { name: 'Sales', side: 'sales' },
        { name: 'Marketing', side: 'marketing' },
      ],
      ...overrides,
    };
    return this.call<Workshop>('workshops.create', input);
  }

  async open(id: string): Promise<Workshop> {
    return (await this.call<{ workshop: Workshop }>('workshops.open', id)).workshop;
  }

  async save(workshop: Workshop): Promise<void> {
    await this.call('workshops.save', workshop);
  }
}

/** Waits until the app has rendered its first screen (the kiosk check is done). */
export async function appReady(page: Page): Promise<void> {
  await expect(page.locator('[data-app-ready="true"]')).toBeAttached();
}

export const test = base.extend<{ bridge: BridgeClient }>({
  bridge: async ({ request }, use) => {
    await use(new BridgeClient(request));
  },
});
export { expect };
