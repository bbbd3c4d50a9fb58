/**
 * The desktop shell's Content-Security-Policy (stricter than the browser build's: default-src 'none', no
 * inline script, no eval) applied to the same renderer in Chromium: every screen renders and nothing is
 * blocked. The desktop app cannot be launched here, so the policy is put on the browser build's responses.
 */
import { readFileSync } from 'node:fs';
import { appReady, expect, test } from '../e2e/fixtures';
import { CONTENT_SECURITY_POLICY } from '../../electron/main/contentSecurity';
import { defaultQuestionSet } from '../../shared/domain/survey/questionBank';
import type { Workshop } from '../../shared/schema/workshop';

// The tab ids, read from the renderer's registry (importing it would load React code into the test runner).
const tabIds = [
  ...readFileSync(new URL('../../renderer/workshop/tabs.ts', import.meta.url), 'utf8').matchAll(/\bid: '([a-z-]+)'/g),
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
  const withRound = await bridge.call<Workshop>('survey.newRound', workshop.id, 'Baseline', defaultQuestionSet());
  const round = withRound.survey.rounds[0]!;
  const routes = [
    '#/',
    ...tabIds.map((tab) => `#/workshop/${workshop.id}/${tab}`),
    `#/present/${workshop.id}/0`,
    `#/print/${workshop.id}/playbook?pageSize=A4`,
    // The participant's page (kiosk.html; a preview here, kiosk mode is not on): reached by its address.
    `#/kiosk/${workshop.id}/${round.id}`,
  ];
  for (const route of routes) {
    await page.goto(`./${route}`);
    await appReady(page);
    await expect(page.locator('main, [role=main], body > div#root > *').first()).toBeVisible();
    await page.waitForLoadState('networkidle');
    if (route.startsWith('#/kiosk/')) {
      await expect(page).toHaveURL(/\/kiosk\.html#\/kiosk\//);
      await expect(page.getByRole('button', { name: 'Start the survey' })).toBeVisible();
    }
    expect(await violations(), route).toEqual([]);
  }
});
