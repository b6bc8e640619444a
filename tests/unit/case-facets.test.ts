import { describe, expect, it } from 'vitest';
import { validateContent } from '../../scripts/lib/validate-content';
import { broaderTerms, caseFacetValues, foundThrough, type GlossaryLinks } from '../../src/lib/case-facets';
import { matches } from '../../src/lib/facets';
import { caseFactsSchema } from '../../src/schemas/case';

// The real content, as the build reads it: the glossary's relations decide what the catalogue finds.
const { content } = validateContent('content');
const broader = broaderTerms(content.glossary);
const regionOf = (id: string) => content.cities.find((c) => c.id === id)?.region;
const facts = (tags: { fundingInstruments?: string[]; businessModels?: string[]; cities?: string[] }) =>
  caseFactsSchema.parse({
    cities: tags.cities ?? ['zhangzhou'],
    scope: 'city',
    characteristics: ['funding'],
    fundingInstruments: tags.fundingInstruments ?? [],
    businessModels: tags.businessModels ?? [],
    cite: { at: ['box9'] },
  });

describe('the catalogue over the real content', () => {
  const listed = (selection: Parameters<typeof matches>[1]) =>
    content.cases.filter((c) => matches(caseFacetValues(c.facts, regionOf, broader), selection));

  it('finds Chinese cases under funding = public-private partnership', () => {
    // Chapter 5 (四) and box 9: Chinese pilots partner with telecom operators; Zhangzhou invests with them.
    const found = listed({ funding: ['ppp'], region: ['cn'] });
    expect(found.map((c) => c.slug)).toContain('zhangzhou-telecom-co-investment');
  });

  it('can say why each case is listed under funding = PPP: its own tag or a form of PPP it has', () => {
    for (const c of listed({ funding: ['ppp'] })) {
      const reasons = [
        ...c.facts.fundingInstruments.filter((f) => f === 'ppp'),
        ...foundThrough(c.facts, broader)
          .filter((f) => f.value === 'ppp')
          .map((f) => f.via.id),
      ];
      expect(reasons, c.slug).toHaveLength(1);
    }
  });
});

describe('a case found through a glossary relation', () => {
  it('is listed under the broader term, with the term of its own that leads there', () => {
    const coInvesting = facts({ businessModels: ['co-investment'] });
    expect(caseFacetValues(coInvesting, regionOf, broader).funding).toEqual(['ppp']);
    expect(foundThrough(coInvesting, broader)).toEqual([
      { facet: 'funding', value: 'ppp', via: { facet: 'business', id: 'co-investment' } },
    ]);
  });

  it('keeps its own terms first and lists a value it already has once, with no reason', () => {
    const both = facts({ fundingInstruments: ['bt', 'ppp'], businessModels: ['co-investment'] });
    expect(caseFacetValues(both, regionOf, broader).funding).toEqual(['bt', 'ppp']);
    expect(foundThrough(both, broader)).toEqual([]);
  });

  it('is not listed under a term the glossary only calls related', () => {
    // Box 3: Korea's subsidies encourage PPPs, which makes a subsidy related to PPP, not a form of it.
    expect(caseFacetValues(facts({ fundingInstruments: ['subsidy'] }), regionOf, broader).funding).toEqual(['subsidy']);
  });

  it('has only its own terms when no relations are given', () => {
    expect(caseFacetValues(facts({ businessModels: ['co-investment'] }), regionOf).funding).toEqual([]);
  });
});

describe('broaderTerms', () => {
  const entry = (id: string, kind: GlossaryLinks['kind'], ...formOf: string[]): GlossaryLinks => ({
    id,
    kind,
    relations: formOf.map((to) => ({ kind: 'form-of', to })),
  });

  it('follows forms of forms, and stops at a loop', () => {
    const map = broaderTerms([
      entry('a', 'business-model', 'b'),
      entry('b', 'funding-instrument', 'c'),
      entry('c', 'funding-instrument', 'a'),
    ]);
    expect(map.get('business:a')).toEqual([
      { facet: 'funding', id: 'b' },
      { facet: 'funding', id: 'c' },
    ]);
  });

  it('skips a relation to a term with no entry', () => {
    expect(broaderTerms([entry('a', 'business-model', 'nowhere')]).get('business:a')).toEqual([]);
  });
});
