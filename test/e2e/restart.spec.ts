import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test, expect } from '@playwright/test';
import { createServices } from '../../electron/services/index';
import { createNodePreferenceStore } from '../../electron/services/preferences';
import { startBridge, type Bridge } from '../../electron/web/bridge';
import { defaultQuestionSet } from '../../shared/domain/survey/questionBank';
import { KIOSK_PIN, KioskPage } from './pages/KioskPage';

/**
 * The browser build's service stops and starts again (a new process: new token, nothing in memory) while a
 * participant is answering on the kiosk page: the page keeps their answers, waits for the service, and their
 * submit is stored exactly once. Runs its own service on its own folder and port.
 */
const staticDir = path.resolve('dist/renderer');

async function serve(dataDir: string, port: number): Promise<Bridge> {
  const services = await createServices({ dataDir, prefs: createNodePreferenceStore(dataDir) });
  return startBridge({ handlers: services.handlers(), staticDir, port });
}

test('the kiosk page survives a restart of the service: the answers typed before it are stored, once', async ({
  page,
}) => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'tandem-e2e-restart-'));
  let bridge = await serve(dataDir, 0);
  const port = bridge.port;
  const { api } = await createServices({ dataDir, prefs: createNodePreferenceStore(dataDir) });
  const w = await api.workshops.create({
    title: 'Restart check',
    company: 'Acme',
    date: '2026-12-01',
    teams: [
      { name: 'Sales', side: 'sales' },
      { name: 'Marketing', side: 'marketing' },
    ],
  });
  const roundId = (await api.survey.newRound(w.id, 'Baseline', defaultQuestionSet())).survey.rounds[0]!.id;
  await api.survey.setRoundStatus(w.id, roundId, 'open');
  await api.kiosk.enter(w.id, roundId, KIOSK_PIN);

  await page.goto(`${bridge.url}kiosk.html#/kiosk/${w.id}/${roundId}`);
  const kiosk = new KioskPage(page);
  await kiosk.expectWelcome();
  await kiosk.fillByKeyboard(1, 'Typed before the restart');

  // The service goes away and comes back on the same address with a new token.
  await bridge.close();
  const submit = page.getByRole('button', { name: 'Submit my answers' });
  await submit.click();
  await expect(page.getByRole('alert')).toContainText('Your answers are kept on this screen');
  bridge = await serve(dataDir, port);
  try {
    await expect(page.getByRole('heading', { name: /Thank you/ })).toBeVisible({ timeout: 20_000 });
    const after = await createServices({ dataDir, prefs: createNodePreferenceStore(dataDir) });
    expect(await after.api.survey.count(w.id, roundId)).toEqual({ status: 'open', count: 1 });
  } finally {
    await bridge.close();
  }
});
