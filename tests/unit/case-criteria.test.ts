import { describe, expect, it } from 'vitest';
import { casesShowingCriteria, criteriaShownByCases } from '../../src/lib/case-criteria';

const kase = (slug: string, cities: string[], characteristics: string[], at: string[]) => ({
  slug,
  facts: { cities, characteristics, cite: { at } },
});
const met = (criterion: string, at: string[], basis: 'city' | 'group' = 'city') =>
  ({ criterion, status: 'met', basis, cite: { at } }) as const;

describe('the criteria a case shows', () => {
  const cases = [
    kase('ningbo-leadership', ['ningbo'], ['governance'], ['box6']),
    kase('ningbo-traffic', ['ningbo'], ['services'], ['ch5.5']),
    kase('elsewhere', ['chengdu'], ['governance'], ['box6']),
  ];
  const assessments = [
    {
      city: 'ningbo',
      criteria: [
        met('governance.basic.departmental', ['ch5.1'], 'group'),
        met('governance.average.cross-departmental', ['box6']),
        met('services.basic.first-services', ['box6']),
        { criterion: 'strategy.basic.vision-linked', status: 'no-evidence' } as const,
      ],
    },
  ];
  const shown = criteriaShownByCases(cases, assessments);

  it('are the criteria its city meets, cited where the case is told, on one of its characteristics', () => {
    expect(shown.get('ningbo-leadership')).toEqual(['governance.average.cross-departmental']);
  });
  it('leave out group statements, other characteristics, other places in the paper and other cities', () => {
    expect(shown.get('ningbo-traffic')).toEqual([]);
    expect(shown.get('elsewhere')).toEqual([]);
  });
  it('are listed back per criterion', () => {
    expect(casesShowingCriteria(shown).get('governance.average.cross-departmental')).toEqual(['ningbo-leadership']);
  });
});
