import { z } from 'zod';

// Imported first by main.tsx, before any schema is built or parsed. Our CSP forbids eval: without this,
// zod probes `Function('')` for its fast path and the browser reports a Content-Security-Policy violation
// (harmless, but noise that would hide a real one).
z.config({ jitless: true });
