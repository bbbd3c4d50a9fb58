import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { startFirstReads } from './loading/firstReads';
import './styles/base.css';

// The library and the kiosk check are on their way while React starts (in kiosk mode the service refuses the
// library read, and the kiosk is shown instead).
startFirstReads();
const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
