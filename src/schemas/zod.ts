/**
 * The one zod every schema imports. Zod 4 probes for `eval` when a schema is built, which the
 * pages' Content-Security-Policy refuses; `jitless` turns that off, and must be set before any
 * schema exists, so the schemas import `z` from here, never from 'astro/zod' directly.
 */
import { z } from 'astro/zod';

z.config({ jitless: true });

export { z };
