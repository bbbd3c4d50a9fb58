import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { PhoneApp } from './PhoneApp';

/** How long the first screen waits for the round before it shows the waiting screen (a laptop slow to answer). */
const FIRST_SCREEN_WAIT_MS = 1_500;

/**
 * Draws the phone page once the round asked for at opening is here (or could not be had): the welcome at once,
 * not an empty screen first and the welcome a render later.
 */
export function showPhone(root: HTMLElement, firstLoad: Promise<void> | null): void {
  let shown = false;
  const show = () => {
    if (shown) return;
    shown = true;
    createRoot(root).render(
      <StrictMode>
        <PhoneApp />
      </StrictMode>,
    );
  };
  if (!firstLoad) return show();
  void firstLoad.then(show);
  setTimeout(show, FIRST_SCREEN_WAIT_MS);
}
