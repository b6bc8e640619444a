/**
 * The order the test files start in. Vitest starts the files that took longest in its previous run first, so the
 * two end-to-end workers finish together; on a fresh clone (CI) it has no previous run and falls back to the largest
 * files first, which put every-page.test.ts (80 lines, the longest file) and search-queries.test.ts near the end of
 * the run: one worker then idled for the last 20–26 s while the other finished them. Where Vitest has no result for
 * a project's files, this takes their typical seconds from `typicalSeconds` instead; a file missing from it (a new
 * one) starts first, as Vitest starts unknown files first.
 */
import { relative } from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * Seconds each end-to-end file took in a run on a fresh clone of this 2-core machine (docs/performance.md, seventh
 * round), a file's own site build included (contributions, sub-path). Only the order matters: a figure off by a few
 * seconds changes little, so the table is refreshed when a file's cost changes a lot, not on every change.
 */
export const typicalSeconds: Record<string, number> = {
  'tests/e2e/contributions.test.ts': 68,
  'tests/e2e/every-page.test.ts': 65,
  'tests/e2e/glued-words.test.ts': 44,
  'tests/e2e/search.test.ts': 37,
  'tests/e2e/self-assessment.test.ts': 35,
  'tests/e2e/compare.test.ts': 30,
  'tests/e2e/pages.test.ts': 27,
  'tests/e2e/search-queries.test.ts': 26,
  'tests/e2e/search-bytes.test.ts': 24,
  'tests/e2e/catalogue.test.ts': 20,
  'tests/e2e/sub-path.test.ts': 15,
  'tests/e2e/city-map.test.ts': 12,
  'tests/e2e/content-security-policy.test.ts': 8,
  'tests/e2e/self-assessment-report.test.ts': 7,
  'tests/e2e/self-assessment-cities.test.ts': 6,
  'tests/e2e/city-glance.test.ts': 5,
  'tests/e2e/glossary-relations.test.ts': 4,
  'tests/e2e/fixtures.test.ts': 2,
  'tests/e2e/host-headers.test.ts': 2,
};

/** Items by their file's typical seconds, longest first; a file with none first of all. The sort is stable. */
export function byTypicalSeconds<T>(
  items: T[],
  fileOf: (item: T) => string,
  seconds: Record<string, number> = typicalSeconds,
): T[] {
  const cost = (item: T) => seconds[fileOf(item)] ?? Infinity;
  return [...items].sort((a, b) => cost(b) - cost(a));
}

export default class TypicalFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const groups = Map.groupBy(sorted, (spec) => spec.project.name);
    return [...groups.values()].flatMap((group) =>
      group.some((spec) => this.ctx.cache.getTestSpecificationResult(spec))
        ? group
        : byTypicalSeconds(group, (spec) => relative(spec.project.config.root, spec.moduleId)),
    );
  }
}
