/** Shared vocabularies of the case catalogue. No zod here: the browser islands import these. */

/** Service domains: the list of Annex 1, item 8 (智慧城市服务). */
export const serviceDomains = [
  'education',
  'economic-stimulus',
  'environment',
  'energy-utilities',
  'food-safety',
  'health',
  'smart-buildings',
  'logistics',
  'community-development',
  'open-data',
  'crime-disaster-prevention',
  'public-services-administration',
  'transport',
  'waste-management',
  'water',
  'other',
] as const;

/** The technologies chapter 5 (五) section (五) treats one by one. */
export const technologies = ['broadband', 'iot', 'cloud', 'big-data', 'smart-devices'] as const;

/** Funding instruments named in chapter 2 (Box 3) and chapter 5 section (三). */
export const fundingInstruments = [
  'public-budget',
  'national-programme',
  'eu-grant',
  'state-owned-bank',
  'ppp',
  'bt',
  'bot',
  'bto',
  'green-bonds',
  'energy-performance-contract',
  'tax-increment',
  'crowdfunding',
  'private-investment',
  'government-guidance-fund',
  'foreign-capital',
  'local-financing-platform',
  'tax-incentives',
  'subsidy',
  'credit-guarantee',
  'social-impact-bond',
  'land-sales',
] as const;

/** Business models named in chapter 2 (Box 4) and chapter 5 section (四). */
export const businessModels = [
  'pay-as-you-go',
  'data-monetisation',
  'open-data-platform',
  'government-purchase-of-services',
  'revenue-sharing',
  'co-investment',
  'pilot-project',
  'smarter-procurement',
  'user-pays',
] as const;

/**
 * How a glossary entry relates to another: `form-of` (the paper treats it as a kind of the other, so the
 * catalogue lists its cases under the other too) or `related` (the paper ties the two; the glossary links them).
 */
export const glossaryRelationKinds = ['form-of', 'related'] as const;
export type GlossaryRelationKind = (typeof glossaryRelationKinds)[number];

/** How far a case reaches. */
export const caseScopes = ['city', 'several-cities', 'national', 'programme'] as const;
