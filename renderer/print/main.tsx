import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { PrintApp } from './PrintApp';
import '../styles/base.css';

// The print page: one document for paper, and nothing else of the app (no screens, no store, no schemas).
const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <PrintApp />
    </StrictMode>,
  );
}
