import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// Every module a page's browser script imports, found from the scripts themselves (never a list kept
// by hand), may reach for neither Node built-ins nor Astro's virtual modules. zod (through astro/zod,
// a plain re-export) is allowed: the self-assessment checks imported files with the published schema,
// in a module it loads with import() only when a file is imported.

const importPattern = /^\s*import\s+(?!type\b)[^'"]*?['"]([^'"]+)['"]/gm;
const dynamicImportPattern = /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;
const staticSpecifiersIn = (source: string) => [...source.matchAll(importPattern)].map((m) => m[1]);
const specifiersIn = (source: string) => [
  ...staticSpecifiersIn(source),
  ...[...source.matchAll(dynamicImportPattern)].map((m) => m[1]),
];

function resolveLocal(from: string, spec: string): string {
  const target = resolve(dirname(from), spec);
  for (const candidate of [target, `${target}.ts`, join(target, 'index.ts')]) {
    if (existsSync(candidate) && !candidate.endsWith('/')) return candidate;
  }
  throw new Error(`${from}: cannot resolve ${spec}`);
}

const astroFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? astroFiles(join(dir, entry.name))
      : entry.name.endsWith('.astro')
        ? [join(dir, entry.name)]
        : [],
  );

/** The bundled client scripts of a component: `<script>` blocks that Astro processes (not JSON, not is:inline). */
function clientScripts(file: string): string[] {
  const blocks = [...readFileSync(file, 'utf8').matchAll(/<script(\s[^>]*)?>([\s\S]*?)<\/script>/g)];
  return blocks.filter(([, attrs = '']) => !/\btype=|is:inline|set:html/.test(attrs)).map(([, , body]) => body);
}

/** Every local module reachable from the browser scripts, with the packages each imports. */
function browserModules(): Map<string, string[]> {
  const found = new Map<string, string[]>();
  const visit = (file: string) => {
    if (found.has(file) || file.endsWith('.json')) return;
    const specs = specifiersIn(readFileSync(file, 'utf8'));
    found.set(
      file,
      specs.filter((s) => !s.startsWith('.')),
    );
    for (const spec of specs.filter((s) => s.startsWith('.'))) visit(resolveLocal(file, spec));
  };
  for (const page of astroFiles('src')) {
    for (const script of clientScripts(page)) {
      for (const spec of specifiersIn(script).filter((s) => s.startsWith('.'))) visit(resolveLocal(page, spec));
    }
  }
  return found;
}

const modules = [...browserModules()].map(([file, packages]) => ({
  file: file.replace(`${process.cwd()}/`, ''),
  packages,
}));

/** The local modules a module loads at once: its static imports, theirs, and so on. */
function staticClosure(entry: string): string[] {
  const found = new Set<string>();
  const visit = (file: string) => {
    if (found.has(file) || file.endsWith('.json')) return;
    found.add(file);
    for (const spec of staticSpecifiersIn(readFileSync(file, 'utf8')).filter((s) => s.startsWith('.')))
      visit(resolveLocal(file, spec));
  };
  visit(resolve(entry));
  return [...found].map((file) => file.replace(`${process.cwd()}/`, ''));
}

describe('browser-safe modules', () => {
  it('finds the modules the pages’ scripts import', () => {
    const files = modules.map((m) => m.file);
    expect(files).toContain('src/scripts/self-assessment.ts');
    expect(files).toContain('src/lib/self-assessment-state.ts');
    expect(files).toContain('src/lib/self-assessment-file.ts');
    expect(files).toContain('src/lib/search-state.ts');
    expect(files).toContain('src/lib/facets.ts');
    expect(files).toContain('src/lib/table-sort.ts');
  });

  it.each(modules)('$file imports nothing Node-only', ({ packages }) => {
    const forbidden = packages.filter(
      (spec) => spec.startsWith('node:') || (spec.startsWith('astro') && spec !== 'astro/zod') || spec === 'fs',
    );
    expect(forbidden).toEqual([]);
  });
});

describe('the self-assessment on first load', () => {
  it('does not load zod: the schema check comes through import() when a file is read', () => {
    const atOnce = staticClosure('src/scripts/self-assessment.ts');
    expect(atOnce).toContain('src/lib/self-assessment.ts');
    expect(atOnce).not.toContain('src/lib/self-assessment-file.ts');
    expect(atOnce.filter((file) => file.startsWith('src/schemas/'))).toEqual([]);
    expect(staticClosure('src/lib/self-assessment-file.ts')).toContain('src/schemas/zod.ts');
  });
});
