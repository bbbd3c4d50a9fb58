// The page's own styles first: the screens' styles come after them in the one style sheet, as they override them.
import '../styles/base.css';
import '../participant/kiosk.css';
import './phone.css';
import { startFirstLoad } from './firstLoad';
import { showPhone } from './showPhone';

// The phone page (phone.html), served by the phone listener to phones on the room's network: the survey steps
// only, no facilitator screen, no schemas (the laptop validates everything). One script and one style sheet:
// the listener writes the round into the page when its address carries the join code, so nothing waits for a
// call, and the screens draw as soon as the script runs (measured: a small entry that fetched the screens beside
// it was slower, `npm run bench phones`).
const firstLoad = startFirstLoad();
const root = document.getElementById('root');
if (root) showPhone(root, firstLoad);
