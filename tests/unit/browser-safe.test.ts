import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// The self-assessment island runs these in the browser, so neither they nor anything they import
// may reach for Node built-ins or Astro's virtual modules. zod (through astro/zod, a plain
// re-export) is allowed: the island checks imported files with the schema the site publishes.
const browserModules = [
  'src/lib/self-assessment-state.ts',
  'src/lib/field-path.ts',
  'src/lib/charts/ladder-chart.ts',
  'src/lib/peers.ts',
  'src/lib/facets.ts',
  'src/lib/search-state.ts',
  'src/lib/scoring.ts',
  'src/lib/score-text.ts',
  'src/lib/levels.ts',
  'src/lib/taxonomy.ts',
  'src/i18n/index.ts',
  'src/i18n/template.ts',
];

function importsOf(file: string, seen = new Set<string>()): string[] {
  if (seen.has(file)) return [];
  seen.add(file);
  const source = readFileSync(file, 'utf8');
  const specifiers = [...source.matchAll(/^\s*import\s+(?!type\b)[^'"]*['"]([^'"]+)['"]/gm)].map((m) => m[1]);
  return specifiers.flatMap((spec) => {
    if (!spec.startsWith('.')) return [spec];
    const target = resolve(dirname(file), spec);
    const path = target.endsWith('.json') ? target : `${target}.ts`;
    return path.endsWith('.json') ? [] : importsOf(path, seen);
  });
}

describe('browser-safe modules', () => {
  it.each(browserModules)('%s imports nothing Node-only', (file) => {
    const external = importsOf(file);
    expect(
      external.filter(
        (spec) => spec.startsWith('node:') || (spec.startsWith('astro') && spec !== 'astro/zod') || spec === 'fs',
      ),
    ).toEqual([]);
  });
});
