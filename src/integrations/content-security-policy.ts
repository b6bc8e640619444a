import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { withPolicy } from '../lib/content-security-policy';

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('base64');

/** Writes each built page's Content-Security-Policy (hashes of its own inline scripts) into it. */
export function contentSecurityPolicy(): AstroIntegration {
  return {
    name: 'smart-city-ladder:content-security-policy',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const pages = (await readdir(root, { recursive: true })).filter((f) => f.endsWith('.html'));
        for (const page of pages) {
          const file = join(root, page);
          await writeFile(file, withPolicy(await readFile(file, 'utf8'), sha256));
        }
        logger.info(`Content-Security-Policy written into ${pages.length} pages`);
      },
    },
  };
}
