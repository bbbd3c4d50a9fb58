import { startFirstLoad } from './firstLoad';
import '../styles/base.css';
import '../participant/kiosk.css';
import './phone.css';

// The phone page (phone.html), served by the phone listener to phones on the room's network: the survey steps
// only, no facilitator screen, no schemas (the laptop validates everything).
// This small entry asks for the round first; the screens (the UI runtime and the steps, fetched beside it: the
// page preloads them) start meanwhile, so the answer is there when they are.
const firstLoad = startFirstLoad();
// The entry runs as soon as it arrives (an async script), possibly before the page's body is parsed.
const parsed = new Promise<void>((resolve) =>
  document.readyState === 'loading'
    ? document.addEventListener('DOMContentLoaded', () => resolve(), { once: true })
    : resolve(),
);
Promise.all([import('./showPhone'), parsed]).then(
  ([{ showPhone }]) => {
    const root = document.getElementById('root');
    if (root) showPhone(root, firstLoad);
  },
  () => {
    document.body.textContent = 'This page could not load completely. Reload it, or scan the code again.';
  },
);
