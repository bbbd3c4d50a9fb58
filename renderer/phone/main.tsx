import { startFirstLoad } from './firstLoad';
import '../styles/base.css';
import '../participant/kiosk.css';
import './phone.css';

// The phone page (phone.html), served by the phone listener to phones on the room's network: the survey steps
// only, no facilitator screen, no schemas (the laptop validates everything).
// This small entry asks for the round first; the screens (the UI runtime and the steps, fetched beside it: the
// page preloads them) start meanwhile, so the answer is there when they are.
const firstLoad = startFirstLoad();
const root = document.getElementById('root');
if (root) {
  import('./showPhone').then(
    ({ showPhone }) => showPhone(root, firstLoad),
    () => {
      root.textContent = 'This page could not load completely. Reload it, or scan the code again.';
    },
  );
}
