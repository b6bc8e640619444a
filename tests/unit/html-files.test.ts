import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { forEachHtmlFile, htmlFiles } from '../../src/integrations/html-files';
import { scratchDir } from './helpers/scratch';

let root: string;
beforeEach(() => {
  root = scratchDir('scl-html-files-');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** A built site's shape: pages in nested folders, beside files that are not pages. */
function site(pages: number) {
  for (let i = 0; i < pages; i++) {
    mkdirSync(join(root, 'en', 'cases', `case-${i}`), { recursive: true });
    writeFileSync(join(root, 'en', 'cases', `case-${i}`, 'index.html'), `<p>${i}</p>`);
  }
  writeFileSync(join(root, '404.html'), '<p>404</p>');
  writeFileSync(join(root, 'sitemap-index.xml'), '<sitemapindex/>');
  mkdirSync(join(root, 'data'));
  writeFileSync(join(root, 'data', 'cases.json'), '[]');
}

describe('the passes over the built pages', () => {
  it('find every HTML file, in every folder, and nothing else', async () => {
    site(3);
    const found = (await htmlFiles(root)).map((f) => relative(root, f).replaceAll('\\', '/')).sort();
    expect(found).toEqual([
      '404.html',
      'en/cases/case-0/index.html',
      'en/cases/case-1/index.html',
      'en/cases/case-2/index.html',
    ]);
  });

  it('visit each page once, more than one batch of them, and count them', async () => {
    site(150);
    const seen: string[] = [];
    const count = await forEachHtmlFile(root, async (file) => {
      seen.push(file);
      await writeFile(file, `${await readFile(file, 'utf8')}<!-- seen -->`);
    });
    expect(count).toBe(151);
    expect(new Set(seen).size).toBe(151);
    expect(readFileSync(join(root, 'en', 'cases', 'case-149', 'index.html'), 'utf8')).toBe('<p>149</p><!-- seen -->');
  });

  it('fail with the error of a page that fails, naming it', async () => {
    site(2);
    await expect(
      forEachHtmlFile(root, (file) =>
        file.endsWith('404.html') ? Promise.reject(new Error(`no head in ${relative(root, file)}`)) : Promise.resolve(),
      ),
    ).rejects.toThrow('no head in 404.html');
  });
});
