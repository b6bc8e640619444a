import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { headerPolicyForScripts, inlineScripts } from '../lib/content-security-policy';
import { formatHeadersFile, headerRules } from '../lib/host-headers';
import { languages } from '../lib/languages';
import { forEachHtmlFile } from './html-files';

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('base64');

/**
 * Writes `_headers` into the build: the headers a host should send (policy, caching, content types), once
 * Pagefind has written its files, so their names are known. See src/lib/host-headers.ts and docs/deploy.md.
 */
export function hostHeaders(): AstroIntegration {
  let base = '/';
  return {
    name: 'smart-city-ladder:host-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        // Every page's inline scripts, not the pages themselves: 10,000 pages held at once would take a gigabyte.
        const scripts = new Set<string>();
        await forEachHtmlFile(root, async (file) => {
          for (const script of inlineScripts(await readFile(file, 'utf8'))) scripts.add(script);
        });
        const pagefindFiles = (await readdir(join(root, 'pagefind'), { recursive: true, withFileTypes: true }))
          .filter((entry) => entry.isFile())
          .map((entry) =>
            join(entry.parentPath, entry.name)
              .slice(join(root, 'pagefind').length + 1)
              .replaceAll('\\', '/'),
          );
        const rules = headerRules({ base, policy: headerPolicyForScripts(scripts, sha256), languages, pagefindFiles });
        await writeFile(join(root, '_headers'), formatHeadersFile(rules));
        logger.info(`_headers written: ${rules.length} rules`);
      },
    },
  };
}
