/**
 * The pages the renderer is built into (vite.config.ts): the facilitator's app, the participant's survey
 * (the kiosk) and the print page. Each loads only its own code; routes live in the hash.
 */
export const UI_PAGES = ['index.html', 'kiosk.html', 'print.html'] as const;
export type UiPage = (typeof UI_PAGES)[number];

/** The page that shows a hash route such as `#/print/<id>/playbook?pageSize=A4` (the app for any other). */
export function pageForHash(hash: string): UiPage {
  const head = hash.replace(/^#?\/?/, '').split(/[/?]/)[0];
  if (head === 'kiosk') return 'kiosk.html';
  if (head === 'print') return 'print.html';
  return 'index.html';
}
