/** What a city is: the vocabularies of the city files, defined once. No zod here: the browser scripts import these. */
import type { Language } from './languages';

/** eu and cn for the two sides of the cooperation; other for cities elsewhere. */
export const regions = ['eu', 'cn', 'other'] as const;
export type Region = (typeof regions)[number];

/** The two sides of the cooperation, which the paper's Table 3 covers, in its order (China first). */
export const cooperationRegions = ['cn', 'eu'] as const satisfies readonly Region[];
export type CooperationRegion = (typeof cooperationRegions)[number];
export const isCooperationRegion = (region: string | undefined): region is CooperationRegion =>
  region !== undefined && (cooperationRegions as readonly string[]).includes(region);

/**
 * The member states of the European Union in 2014, the paper's year (the United Kingdom among them), as
 * ISO 3166-1 alpha-2 codes: a city's region is eu exactly when its country is one of them, cn when it is China.
 */
// prettier-ignore
export const euMemberStates2014 = [
  'AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE',
  'IT', 'LV', 'LT', 'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE', 'GB',
] as const;

/** The region a country puts a city in: eu for the EU's member states of 2014, cn for China, else other. */
export const regionOfCountry = (country: string): Region =>
  country === 'CN' ? 'cn' : (euMemberStates2014 as readonly string[]).includes(country) ? 'eu' : 'other';

/** The other side of the cooperation: EU ↔ China. */
export const otherSide = (region: CooperationRegion): CooperationRegion => (region === 'eu' ? 'cn' : 'eu');

/** A whole city, or a district or new area inside one (Pudong, Haidian, Qianhai are not whole cities). */
export const adminLevels = ['city', 'district', 'new-area'] as const;
export type AdminLevel = (typeof adminLevels)[number];

/** Green-field (new) or brown-field (existing) districts, chapter 2. */
export const districtTypes = ['new', 'existing'] as const;
export type DistrictType = (typeof districtTypes)[number];

/** Cities as the cities page lists them: by region, pilots first, then by name in the page's language. */
export const inListOrder = <C extends { region: string; role: string; name: Record<Language, string> }>(
  cities: readonly C[],
  lang: Language,
): C[] =>
  [...cities].sort(
    (a, b) =>
      regions.indexOf(a.region as Region) - regions.indexOf(b.region as Region) ||
      Number(b.role === 'pilot') - Number(a.role === 'pilot') ||
      a.name[lang].localeCompare(b.name[lang], lang),
  );
