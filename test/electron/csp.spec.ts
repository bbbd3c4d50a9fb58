/**
 * The desktop shell's Content-Security-Policy (stricter than the browser build's: default-src 'none', no
 * inline script, no eval) applied to the same renderer in Chromium: every screen renders and nothing is
 * blocked. The desktop app cannot be launched here, so the policy is put on the browser build's responses.
 */
import { readFileSync } from 'node:fs';
import { appReady, expect, test } from '../e2e/fixtures';
import { CONTENT_SECURITY_POLICY } from '../../electron/main/contentSecurity';

// The tab ids, read from the renderer's registry (importing it would load React code into the test runner).
const tabIds = [
  ...readFileSync(new URL('../../renderer/workshop/tabs.ts', import.meta.url), 'utf8').matchAll(/\{ id: '([a-z-]+)'/g),
].map((m) => m[1]!);

test('every screen renders under the desktop CSP without a violation', async ({ page, bridge }) => {
  await page.route('**/*', async (route) => {
    const response = await route.fetch();
    const headers = { ...response.headers(), 'content-security-policy': CONTENT_SECURITY_POLICY };
    await route.fulfill({ response, headers });
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = seen;
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push(`${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`),
    );
  });
  const violations = () => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);

  const workshop = await bridge.createWorkshop();
  const routes = [
    '#/',
    ...tabIds.map((tab) => `#/workshop/${workshop.id}/${tab}`),
    `#/present/${workshop.id}/0`,
    `#/print/${workshop.id}/playbook?pageSize=A4`,
  ];
  for (const route of routes) {
    await page.goto(`./${route}`);
    await appReady(page);
    await expect(page.locator('main, [role=main], body > div#root > *').first()).toBeVisible();
    await page.waitForLoadState('networkidle');
    expect(await violations(), route).toEqual([]);
  }
});
