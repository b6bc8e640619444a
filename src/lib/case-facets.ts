import type { CaseFacts } from '../schemas/case';
import type { FacetValues } from './facets';
import type { GlossaryRelationKind } from './taxonomy';

/** The catalogue facet of a glossary term: funding instruments and business models are separate facets. */
export type TermFacet = 'funding' | 'business';
export interface Term {
  facet: TermFacet;
  id: string;
}

/** The glossary as the facets need it: each entry's kind and its relations to other entries. */
export interface GlossaryLinks {
  kind: 'funding-instrument' | 'business-model';
  id: string;
  relations?: readonly { kind: GlossaryRelationKind; to: string }[];
}

/** A facet value a case has only through a relation: `value` is a form of… reached from the case's own `via`. */
export interface FoundThrough {
  facet: TermFacet;
  value: string;
  via: Term;
}

const facetOfKind = { 'funding-instrument': 'funding', 'business-model': 'business' } as const;
const key = (term: Term) => `${term.facet}:${term.id}`;

/**
 * For each term, the broader terms it is a form of (chapter 5 (四): BT, BTO and BOT are forms of PPP, and
 * so on, as the glossary entries say), followed transitively; a relation to an id with no entry is skipped
 * (the content check reports it).
 */
export function broaderTerms(glossary: readonly GlossaryLinks[]): Map<string, Term[]> {
  const termOf = new Map<string, Term>(glossary.map((g) => [g.id, { facet: facetOfKind[g.kind], id: g.id }]));
  const direct = new Map(
    glossary.map((g) => [
      g.id,
      (g.relations ?? []).filter((r) => r.kind === 'form-of' && termOf.has(r.to)).map((r) => termOf.get(r.to)!),
    ]),
  );
  const broader = new Map<string, Term[]>();
  for (const entry of glossary) {
    const found: Term[] = [];
    const seen = new Set([entry.id]);
    const queue = [...(direct.get(entry.id) ?? [])];
    while (queue.length > 0) {
      const next = queue.shift()!;
      if (seen.has(next.id)) continue;
      seen.add(next.id);
      found.push(next);
      queue.push(...(direct.get(next.id) ?? []));
    }
    broader.set(key(termOf.get(entry.id)!), found);
  }
  return broader;
}

/**
 * The facet values a case has only because one of its own terms is a form of them, with that term:
 * a case tagged co-investment is found under funding = PPP. Values the case is tagged with itself are not
 * listed, and each value once, through the first of the case's terms that reaches it.
 */
export function foundThrough(facts: CaseFacts, broader: ReadonlyMap<string, readonly Term[]>): FoundThrough[] {
  const own: Term[] = [
    ...facts.fundingInstruments.map((id) => ({ facet: 'funding' as const, id })),
    ...facts.businessModels.map((id) => ({ facet: 'business' as const, id })),
  ];
  const has = new Set(own.map(key));
  const found: FoundThrough[] = [];
  for (const via of own) {
    for (const term of broader.get(key(via)) ?? []) {
      if (has.has(key(term))) continue;
      has.add(key(term));
      found.push({ facet: term.facet, value: term.id, via });
    }
  }
  return found;
}

/**
 * The catalogue facets of one case. `regionOf` maps a city id to eu / cn / other. Funding and business
 * hold the case's own terms, then the broader terms it is found under (`foundThrough`), so the catalogue's
 * filtering needs no knowledge of the glossary.
 */
export function caseFacetValues(
  facts: CaseFacts,
  regionOf: (cityId: string) => string | undefined,
  broader: ReadonlyMap<string, readonly Term[]> = new Map(),
): FacetValues {
  const through = foundThrough(facts, broader);
  const extra = (facet: TermFacet) => through.filter((f) => f.facet === facet).map((f) => f.value);
  return {
    characteristic: facts.characteristics,
    rung: [...new Set(facts.exemplifies.map((e) => e.rung))],
    domain: facts.serviceDomains,
    technology: facts.technologies,
    funding: [...facts.fundingInstruments, ...extra('funding')],
    business: [...facts.businessModels, ...extra('business')],
    region: [...new Set(facts.cities.map(regionOf).filter((r): r is string => r !== undefined))],
    city: facts.cities,
    year: facts.years.map(String),
  };
}
