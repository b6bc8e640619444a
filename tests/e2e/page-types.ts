/** One page of every type the site has; each exists under /zh and /en. */
export const pageTypes = [
  '/',
  '/cases/',
  '/cases/open-data-portals/',
  '/cities/',
  '/cities/shanghai-pudong/',
  // Compare with four cities chosen: the report its script writes in is what a reader sees.
  '/compare/?cities=barcelona,shanghai-pudong,ningbo,copenhagen',
  '/framework/',
  '/framework/strategy/',
  '/findings/',
  '/glossary/',
  '/self-assessment/',
  '/search/',
  '/about/',
  '/data/',
  '/white-paper/',
  '/contribute/',
];
