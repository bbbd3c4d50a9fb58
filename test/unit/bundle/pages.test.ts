import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { META_CONTENT_SECURITY_POLICY } from '../../../shared/csp';
import { pageForHash, UI_PAGES } from '../../../shared/pages';

const html = (name: string) => readFileSync(new URL(`../../../renderer/${name}`, import.meta.url), 'utf8');
const cspMeta = (text: string) => /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(text)?.[1];

describe('the pages of the UI', () => {
  it("each carry the facilitator's page's Content-Security-Policy, word for word: the one of shared/csp.ts", () => {
    // No page writes a policy of its own; the build writes the one policy into each (vite.config.ts).
    for (const page of UI_PAGES) expect([page, cspMeta(html(page))]).toEqual([page, undefined]);
    for (const page of UI_PAGES) {
      const built = new URL(`../../../dist/renderer/${page}`, import.meta.url);
      if (existsSync(built)) {
        expect([page, cspMeta(readFileSync(built, 'utf8'))]).toEqual([page, META_CONTENT_SECURITY_POLICY]);
      }
    }
  });

  it('each load one module script of their own', () => {
    const scripts = UI_PAGES.map((p) => [...html(p).matchAll(/<script type="module" src="([^"]+)"/g)].map((m) => m[1]));
    expect(scripts).toEqual([['./main.tsx'], ['./participant/main.tsx'], ['./print/main.tsx']]);
  });

  it('show each route on the page made for it', () => {
    expect(pageForHash('#/kiosk/a/b?idle=3000')).toBe('kiosk.html');
    expect(pageForHash('#/print/a/playbook?pageSize=A4')).toBe('print.html');
    expect(pageForHash('#/printer')).toBe('index.html');
    for (const hash of ['', '#', '#/', '#/workshop/a/funnel', '#/present/a/3', '#/audience/a']) {
      expect([hash, pageForHash(hash)]).toEqual([hash, 'index.html']);
    }
  });
});
