/**
 * The Table 3 gate of the build: the site's readings of the cities Table 3 covers must never contradict it.
 * Fails, naming characteristic, region, level and the counts, when more covered cities are proven at or above
 * a level than the table's shares allow, or a city's evidence proves a level above the group's ceiling or
 * caps it below the group's floor.
 */
import { join } from 'node:path';
import type { CharacteristicId } from '../../src/lib/levels';
import { scoreAssessment } from '../../src/lib/scoring';
import { describeViolation, evidenceOf, table3Coverage, table3Violations } from '../../src/lib/table3-bounds';
import type { LoadedContent, Problem } from './validate-content';

export function table3Problems(content: LoadedContent, contentRoot: string): Problem[] {
  const table3 = content.findings.find((f) => f.kind === 'maturity-distribution');
  if (!table3) return [];
  const covered = table3Coverage(content.cities, table3.euSample);
  const scores = new Map(
    content.assessments.map((a) => [a.city, scoreAssessment(content.characteristics, a.criteria)] as const),
  );
  const evidence = (city: string, characteristic: string) =>
    evidenceOf(scores.get(city)?.[characteristic as CharacteristicId]);
  return table3Violations(table3.rows, covered, evidence).map((violation) => ({
    file: join(contentRoot, 'findings', `${table3.id}.json`),
    field: 'Table 3 gate',
    reason: describeViolation(violation),
  }));
}
