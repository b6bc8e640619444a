import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { scratchDir } from './helpers/scratch';
import { generateCorpus } from '../../scripts/lib/synthetic-corpus';
import { table3Problems } from '../../scripts/lib/table3-gate';
import { formatProblem, validateContent } from '../../scripts/lib/validate-content';

// A small corpus: the benchmark's big one is the same generator with larger counts.
const root = scratchDir('scl-corpus-');
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Every file under dir, by relative path, with its text. */
function snapshot(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (at: string) => {
    for (const name of readdirSync(at).sort()) {
      const path = join(at, name);
      if (statSync(path).isDirectory()) walk(path);
      else files.set(relative(dir, path), readFileSync(path, 'utf8'));
    }
  };
  walk(dir);
  return files;
}

describe('the synthetic corpus generator', () => {
  const first = join(root, 'a');
  const summary = generateCorpus({ outDir: first, cities: 30, cases: 40, seed: 6 });

  it('writes content that passes every content check', () => {
    const { problems, content } = validateContent(first, root);
    expect(problems.map(formatProblem)).toEqual([]);
    expect(content.cases).toHaveLength(40);
    expect(content.assessments).toHaveLength(30);
    expect(content.cities.length).toBe(summary.cities);
    expect(content.cases.every((c) => c.texts.zh && c.texts.en)).toBe(true);
  });

  it("passes the build's Table 3 gate at the benchmark's sizes, where random readings of Chinese pilots would not", () => {
    // The gate bounds the Chinese pilots Table 3 covers; 200 cities hold some 20 of them if the generator made any.
    const gated = join(root, 'gated');
    generateCorpus({ outDir: gated, cities: 200, cases: 10, seed: 6 });
    const { problems, content } = validateContent(gated, root);
    expect(problems.map(formatProblem)).toEqual([]);
    expect(table3Problems(content, gated).map(formatProblem)).toEqual([]);
  });

  it('marks every case as synthetic in both languages', () => {
    const { content } = validateContent(first, root);
    expect(content.cases.length).toBeGreaterThan(0);
    for (const c of content.cases) {
      expect(c.texts.en?.title).toMatch(/^Synthetic case \d+/);
      expect(c.texts.zh?.title).toMatch(/^合成案例 \d+/);
    }
  });

  it('gives identical files for the same seed, and other files for another seed', () => {
    generateCorpus({ outDir: join(root, 'b'), cities: 30, cases: 40, seed: 6 });
    generateCorpus({ outDir: join(root, 'c'), cities: 30, cases: 40, seed: 7 });
    const [a, b, c] = ['a', 'b', 'c'].map((name) => snapshot(join(root, name)));
    expect(a.size).toBeGreaterThan(0);
    expect([...b.keys()]).toEqual([...a.keys()]);
    for (const [path, text] of a) expect(b.get(path), path).toBe(text);
    expect(c.get('cases/synthetic-case-01/en.mdx')).not.toBe(a.get('cases/synthetic-case-01/en.mdx'));
  });
});
