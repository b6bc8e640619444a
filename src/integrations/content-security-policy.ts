import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { withPolicy } from '../lib/content-security-policy';
import { forEachHtmlFile } from './html-files';

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('base64');

/** Writes each built page's Content-Security-Policy (hashes of its own inline scripts) into it. */
export function contentSecurityPolicy(): AstroIntegration {
  return {
    name: 'smart-city-ladder:content-security-policy',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const pages = await forEachHtmlFile(fileURLToPath(dir), async (file) => {
          await writeFile(file, withPolicy(await readFile(file, 'utf8'), sha256));
        });
        logger.info(`Content-Security-Policy written into ${pages} pages`);
      },
    },
  };
}
