/**
 * The one zod every schema imports. Zod 4 probes for `eval` when a schema is built, which the
 * pages' Content-Security-Policy refuses; `jitless` turns that off, and must be set before any
 * schema exists, so the schemas import `z` from here, never from 'astro/zod' directly.
 */
import { z } from 'astro/zod';

z.config({ jitless: true });

export { z };

/**
 * What a field means, in both languages, for the published JSON Schemas and the data page
 * (src/lib/json-schema-fields.ts): English as JSON Schema's `description`, Chinese as `x-description-zh` beside
 * it. Use as `.meta(about('…', '…'))`; every field of a published file has one (tests/unit/json-schema-fields.test.ts).
 */
export const about = (en: string, zh: string) => ({ description: en, 'x-description-zh': zh });
