/** What a city is: the vocabularies of the city files, defined once. No zod here: the browser scripts import these. */

/** eu and cn for the two sides of the cooperation; other for cities elsewhere. */
export const regions = ['eu', 'cn', 'other'] as const;
export type Region = (typeof regions)[number];

/** The two sides of the cooperation, which the paper's Table 3 covers, in its order (China first). */
export const cooperationRegions = ['cn', 'eu'] as const satisfies readonly Region[];
export type CooperationRegion = (typeof cooperationRegions)[number];
export const isCooperationRegion = (region: string | undefined): region is CooperationRegion =>
  region !== undefined && (cooperationRegions as readonly string[]).includes(region);

/** The other side of the cooperation: EU ↔ China. */
export const otherSide = (region: CooperationRegion): CooperationRegion => (region === 'eu' ? 'cn' : 'eu');

/** A whole city, or a district or new area inside one (Pudong, Haidian, Qianhai are not whole cities). */
export const adminLevels = ['city', 'district', 'new-area'] as const;
export type AdminLevel = (typeof adminLevels)[number];

/** Green-field (new) or brown-field (existing) districts, chapter 2. */
export const districtTypes = ['new', 'existing'] as const;
export type DistrictType = (typeof districtTypes)[number];
