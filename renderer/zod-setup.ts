import { z } from 'zod';

// The page CSP forbids eval. zod probes `new Function` when a schema is built and, although it
// catches the refusal, Chromium still logs a CSP violation; jitless mode skips the probe.
// main.tsx imports this first so it runs before any schema module is evaluated.
z.config({ jitless: true });
