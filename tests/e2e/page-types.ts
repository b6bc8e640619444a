/** One page of every type the site has; each exists under /zh and /en. */
export const pageTypes = [
  '/',
  '/cases/',
  '/cases/open-data-portals/',
  '/cities/',
  '/cities/shanghai-pudong/',
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
