/**
 * Which ladder criteria a case shows. A case shows a criterion when one of its cities has evidence of meeting
 * it (the city's own, not a group statement) that the paper gives in the same place as the case (a shared
 * locator) and on one of the case's characteristics: the case is the story behind that evidence. Pure.
 */
export interface CaseForCriteria {
  slug: string;
  facts: { cities: readonly string[]; characteristics: readonly string[]; cite: { at: readonly string[] } };
}
export interface AssessmentForCriteria {
  city: string;
  criteria: readonly (
    | { criterion: string; status: 'met' | 'not-met'; basis: 'city' | 'group'; cite: { at: readonly string[] } }
    | { criterion: string; status: 'no-evidence' }
  )[];
}

/** Per case slug, the criteria it shows, in ladder order as the assessments list them. */
export function criteriaShownByCases(
  cases: readonly CaseForCriteria[],
  assessments: readonly AssessmentForCriteria[],
): Map<string, string[]> {
  const shown = new Map<string, string[]>(cases.map((c) => [c.slug, []]));
  // Each city's cases, so a city's evidence is matched with its own cases only, not with every case.
  const casesOf = new Map<string, CaseForCriteria[]>();
  for (const c of cases) for (const city of c.facts.cities) casesOf.set(city, [...(casesOf.get(city) ?? []), c]);
  for (const assessment of assessments) {
    const own = casesOf.get(assessment.city) ?? [];
    if (own.length === 0) continue;
    for (const entry of assessment.criteria) {
      if (entry.status !== 'met' || entry.basis !== 'city') continue;
      const characteristic = entry.criterion.split('.')[0];
      for (const c of own) {
        const { characteristics, cite } = c.facts;
        if (!characteristics.includes(characteristic)) continue;
        if (!entry.cite.at.some((locator) => cite.at.includes(locator))) continue;
        const list = shown.get(c.slug)!;
        if (!list.includes(entry.criterion)) list.push(entry.criterion);
      }
    }
  }
  return shown;
}

/** The inverse: per criterion, the slugs of the cases that show it. */
export function casesShowingCriteria(shown: ReadonlyMap<string, readonly string[]>): Map<string, string[]> {
  const byCriterion = new Map<string, string[]>();
  for (const [slug, criteria] of shown) {
    for (const criterion of criteria) byCriterion.set(criterion, [...(byCriterion.get(criterion) ?? []), slug]);
  }
  return byCriterion;
}
