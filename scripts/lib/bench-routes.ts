/**
 * The render's cost split by what each route covers, for the city-count comparison of `bench:scale` (issue #19).
 *
 * Astro logs every route it writes with its own time ("├─ /en/cases/x/index.html (+12ms)"). A build's render is then
 * a cost per case page (the case pages and the files listing every case), a cost per city (the city pages, the
 * files and pages covering every city: the cities index, the compare files, the open data about cities) and a fixed
 * part (the other pages). The site renders in linear time when the first two stay flat as the cities grow. The
 * render time per page over all pages does not say so by itself: with more cities, more of the pages are city
 * pages, which cost more than case pages however many cities there are.
 */

export interface RouteTime {
  path: string;
  ms: number;
}

/** Every route line of an Astro build log, with its time ("+12ms" or "+1.2s"). */
export function parseRouteTimes(log: string): RouteTime[] {
  const routes: RouteTime[] = [];
  for (const m of log.matchAll(/[├└]─ (\S+) \(\+(\d+(?:\.\d+)?)(ms|s)\)/g))
    routes.push({ path: m[1], ms: Number(m[2]) * (m[3] === 's' ? 1000 : 1) });
  return routes;
}

export type RouteShare = 'case' | 'city' | 'fixed';

const casePage = /^\/[a-z]+\/cases\/[^/]+\/index\.html$/;
const perCase = [casePage, /^\/data\/cases\.(json|csv)$/];
const perCity = [
  /^\/[a-z]+\/cities\/[^/]+\/index\.html$/,
  /^\/[a-z]+\/cities\/index\.html$/,
  /^\/[a-z]+\/compare\/cities-\d+\.json$/,
  /^\/data\/(cities|assessments|next-steps)\.json$/,
  /^\/data\/(cities|levels)\.csv$/,
  /^\/self-assessment\/cities\.[a-z]+\.[0-9a-f]+\.json\/?$/,
];

/** What a route's cost grows with: the cases, the cities, or neither. */
export function routeShare(path: string): RouteShare {
  if (perCase.some((r) => r.test(path))) return 'case';
  if (perCity.some((r) => r.test(path))) return 'city';
  return 'fixed';
}

export interface RenderShares {
  /** Milliseconds of the case routes per case page. */
  perCasePageMs: number;
  /** Milliseconds of the city routes per city. */
  perCityMs: number;
  /** Milliseconds of the other routes in all. */
  fixedMs: number;
  casePages: number;
  /** The sum of every route's own time (the render phase also holds what Astro does between routes). */
  routesMs: number;
}

export function renderShares(routes: readonly RouteTime[], cities: number): RenderShares {
  const sums: Record<RouteShare, number> = { case: 0, city: 0, fixed: 0 };
  let casePages = 0;
  for (const { path, ms } of routes) {
    sums[routeShare(path)] += ms;
    if (casePage.test(path)) casePages++;
  }
  return {
    perCasePageMs: casePages > 0 ? sums.case / casePages : NaN,
    perCityMs: cities > 0 ? sums.city / cities : NaN,
    fixedMs: sums.fixed,
    casePages,
    routesMs: sums.case + sums.city + sums.fixed,
  };
}
