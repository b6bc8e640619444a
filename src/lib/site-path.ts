import { withBase } from './deploy-settings';

/**
 * A path from the site's root (`/en/cases/`) as a link must give it: under the BASE_PATH the site was built
 * for (`/smart-city-ladder/en/cases/`). Every link the site makes to itself goes through here, in pages and
 * in browser scripts alike (Vite puts the base into both).
 */
export const sitePath = (path: string): string => withBase(import.meta.env.BASE_URL, path);
