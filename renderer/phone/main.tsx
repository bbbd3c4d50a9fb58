import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { startFirstLoad } from './firstLoad';
import { PhoneApp } from './PhoneApp';
import '../styles/base.css';
import '../participant/kiosk.css';
import './phone.css';

// The phone page (phone.html), served by the phone listener to phones on the room's network: the survey steps
// only, no facilitator screen, no schemas (the laptop validates everything).
// The round is on its way while React starts.
startFirstLoad();
const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <PhoneApp />
    </StrictMode>,
  );
}
