import type { CaseFacts } from '../schemas/case';
import type { FacetValues } from './facets';

/** The catalogue facets of one case. `regionOf` maps a city id to eu / cn / other. */
export function caseFacetValues(facts: CaseFacts, regionOf: (cityId: string) => string | undefined): FacetValues {
  return {
    characteristic: facts.characteristics,
    rung: [...new Set(facts.exemplifies.map((e) => e.rung))],
    domain: facts.serviceDomains,
    technology: facts.technologies,
    funding: facts.fundingInstruments,
    business: facts.businessModels,
    region: [...new Set(facts.cities.map(regionOf).filter((r): r is string => r !== undefined))],
    city: facts.cities,
    year: facts.years.map(String),
  };
}
