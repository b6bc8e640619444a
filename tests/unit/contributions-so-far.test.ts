import { describe, expect, it } from 'vitest';
import { casesFromOtherSources, reportsSoFar } from '../../src/lib/contributions-so-far';
import { citedSources, whitePaperSource } from '../../src/lib/contributions';

// Test data only: made-up report ids and case slugs, never content/.
const report = (city: string, asOf: string) => ({
  id: `${city}/${asOf}`,
  data: { city, asOf, review: { reviewer: 'Test Reviewer (test data)', reviewedOn: '2026-11-30' } },
});

describe('the contributions so far', () => {
  it('lists reviewed reports newest first, then by city, each with its anchor on the city page', () => {
    const list = reportsSoFar([
      report('riga', '2025-05-01'),
      report('testburg', '2026-02-15'),
      report('bonn', '2026-02-15'),
    ]);
    expect(list.map((r) => r.report)).toEqual(['bonn/2026-02-15', 'testburg/2026-02-15', 'riga/2025-05-01']);
    expect(list[2]).toEqual({
      report: 'riga/2025-05-01',
      city: 'riga',
      asOf: '2025-05-01',
      reviewer: 'Test Reviewer (test data)',
      reviewedOn: '2026-11-30',
      anchor: 'report-2025-05-01',
    });
  });

  it('lists nothing when no report has been reviewed', () => {
    expect(reportsSoFar([])).toEqual([]);
  });

  it('finds the cases that cite a document, at any depth, and not those citing only the paper', () => {
    const cases = [
      { slug: 'paper-case', facts: { cite: { source: whitePaperSource, at: ['box6'] } } },
      {
        slug: 'other-case',
        facts: {
          cite: { source: 'test-plan', at: ['p12'] },
          outcomes: [{ cite: { source: 'test-report', at: ['s2'] } }, { cite: { source: 'test-plan', at: ['p3'] } }],
        },
      },
      { slug: 'platform-case', facts: { cite: { source: 'a-platform', at: ['p1'] } } },
    ];
    expect(casesFromOtherSources(cases, new Set(['test-plan', 'test-report']))).toEqual([
      { slug: 'other-case', documents: ['test-plan', 'test-report'] },
    ]);
  });

  it('names every citation with its field path', () => {
    expect(citedSources({ a: [{ cite: { source: 'x', at: [] } }], cite: { source: 'y', at: [] } })).toEqual([
      { path: ['a', 0, 'cite', 'source'], source: 'x' },
      { path: ['cite', 'source'], source: 'y' },
    ]);
  });
});
