/**
 * zod's global configuration, applied once when the engine's schemas load (common.ts imports this module first,
 * and every schema imports common.ts), so every consumer of the engine gets it.
 *
 * `jitless`: zod 4 otherwise probes `new Function('')` on its first parse to decide whether it may compile fast
 * parsers. The app's Content-Security-Policy has no 'unsafe-eval', so the probe fails (zod falls back silently) but
 * the browser still reports a CSP violation on every page (Lighthouse best practices, "issues in the inspector").
 * Jitless parsing is plenty fast for forms and one enterprise.
 */
import { z } from 'zod';

z.config({ jitless: true });
