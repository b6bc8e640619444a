/**
 * Where the built site will live, read from the environment: `SITE_URL` (the host's address, e.g.
 * `https://example.org`) and `BASE_PATH` (the sub-path the site sits under, e.g. `/smart-city-ladder/`).
 * They become Astro's `site` and `base`. Pure, so the rules are unit-tested; astro.config.mjs calls it.
 */
export interface DeploySettings {
  /** Absolute origin, no trailing slash: `https://example.org`. */
  site: string;
  /** Starts and ends with a slash: `/` or `/smart-city-ladder/`. */
  base: string;
}

/** What a local build gets: the address `npm start` serves at, at the root. */
export const localDefaults: DeploySettings = { site: 'http://localhost:4321', base: '/' };

export class DeploySettingError extends Error {
  constructor(variable: 'SITE_URL' | 'BASE_PATH', value: string, reason: string) {
    super(`${variable}=${JSON.stringify(value)} ${reason}`);
    this.name = 'DeploySettingError';
  }
}

function siteFrom(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new DeploySettingError('SITE_URL', raw, 'is not an absolute URL (for example https://example.org)');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new DeploySettingError('SITE_URL', raw, 'must start with https:// (or http:// for a local build)');
  if (url.search !== '' || url.hash !== '' || url.username !== '' || url.password !== '')
    throw new DeploySettingError('SITE_URL', raw, 'must be the address alone, without query, fragment or login');
  if (url.pathname !== '/')
    throw new DeploySettingError(
      'SITE_URL',
      raw,
      `has a path (${url.pathname}); give the host in SITE_URL and the path in BASE_PATH`,
    );
  return url.origin;
}

function baseFrom(raw: string): string {
  const trimmed = raw.trim();
  if (trimmed === '' || trimmed === '/') return '/';
  const segments = trimmed.split('/').filter((s) => s !== '');
  for (const segment of segments) {
    if (segment === '.' || segment === '..' || !/^[A-Za-z0-9._~-]+$/.test(segment))
      throw new DeploySettingError(
        'BASE_PATH',
        raw,
        `has a path segment "${segment}" that is not plain letters, digits, ".", "_", "~" or "-"`,
      );
  }
  return `/${segments.join('/')}/`;
}

/** The settings for a build; unset or empty variables take the local defaults. */
export function deploySettings(env: Record<string, string | undefined>): DeploySettings {
  const site = env.SITE_URL?.trim();
  const base = env.BASE_PATH;
  return {
    site: site ? siteFrom(site) : localDefaults.site,
    base: base === undefined ? localDefaults.base : baseFrom(base),
  };
}

/** A site path (`/en/cases/`) under the base (`/smart-city-ladder/en/cases/`). */
export function withBase(base: string, path: string): string {
  if (!path.startsWith('/')) throw new Error(`withBase expects a path from the site's root, got "${path}"`);
  return `${base.replace(/\/$/, '')}${path}`;
}

/** The site path of a URL path under the base, or undefined when it lies outside the site. */
export function withoutBase(base: string, pathname: string): string | undefined {
  const prefix = base.replace(/\/$/, '');
  if (prefix === '') return pathname;
  if (pathname === prefix) return '/';
  return pathname.startsWith(`${prefix}/`) ? pathname.slice(prefix.length) : undefined;
}
