/**
 * Writes a synthetic content tree for the scale benchmark, deterministic from a seed:
 *   npx tsx scripts/generate-corpus.ts [--cities 1000] [--cases 5000] [--seed 6] [--out .scratch/corpus]
 * --cases counts cases; each has a page in both languages. Check it with
 *   npx tsx scripts/check-content.ts --content DIR, and build it with SCL_CONTENT_DIR=DIR npx astro build --outDir OUT.
 */
import { generateCorpus } from './lib/synthetic-corpus';

function option(name: string, fallback: string): string {
  const at = process.argv.indexOf(`--${name}`);
  return at > -1 && process.argv[at + 1] !== undefined ? process.argv[at + 1] : fallback;
}

const outDir = option('out', '.scratch/corpus');
const started = performance.now();
const summary = generateCorpus({
  outDir,
  cities: Number(option('cities', '1000')),
  cases: Number(option('cases', '5000')),
  seed: Number(option('seed', '6')),
});
console.log(
  `Synthetic corpus in ${outDir}: ${summary.cities} cities (${summary.syntheticCities} synthetic), ` +
    `${summary.assessments} assessments, ${summary.cases} cases (${summary.cases * 2} case pages), ` +
    `in ${((performance.now() - started) / 1000).toFixed(1)} s.`,
);
