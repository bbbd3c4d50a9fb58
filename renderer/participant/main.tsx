import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { KioskApp } from './KioskApp';
import '../styles/base.css';

// The participant's page: no facilitator screen, no canvas, no validation library (the service validates).
const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <KioskApp />
    </StrictMode>,
  );
}
