import { withBase } from './deploy-settings';

/** Set by astro.config.mjs (Vite `define`) to the build's BASE_PATH; absent in unit tests, where the site is at `/`. */
declare const __SCL_BASE_PATH__: string | undefined;

/** The path the site is built for: `/` or `/smart-city-ladder/`. */
export const basePath: string = typeof __SCL_BASE_PATH__ === 'string' ? __SCL_BASE_PATH__ : '/';

/**
 * A path from the site's root (`/en/cases/`) as a link must give it: under the BASE_PATH the site was built
 * for (`/smart-city-ladder/en/cases/`). Every link the site makes to itself goes through here, in pages and
 * in browser scripts alike.
 */
export const sitePath = (path: string): string => withBase(basePath, path);
