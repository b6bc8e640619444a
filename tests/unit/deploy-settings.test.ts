import { describe, expect, it } from 'vitest';
import { deploySettings, localDefaults, withBase, withoutBase } from '../../src/lib/deploy-settings';

describe('deploy settings from the environment', () => {
  it('builds for the local server when nothing is set', () => {
    expect(deploySettings({})).toEqual(localDefaults);
    expect(deploySettings({ SITE_URL: '', BASE_PATH: '' })).toEqual(localDefaults);
  });
  it('takes the host and normalises the sub-path to /path/', () => {
    expect(deploySettings({ SITE_URL: 'https://example.org/', BASE_PATH: 'smart-city-ladder' })).toEqual({
      site: 'https://example.org',
      base: '/smart-city-ladder/',
    });
    expect(deploySettings({ BASE_PATH: '/a/b' }).base).toBe('/a/b/');
  });
  it('names the variable, the value and the fix when a setting is wrong', () => {
    expect(() => deploySettings({ SITE_URL: 'example.org' })).toThrow(/SITE_URL="example\.org" is not an absolute URL/);
    expect(() => deploySettings({ SITE_URL: 'ftp://example.org' })).toThrow(/SITE_URL=.*https:\/\//);
    expect(() => deploySettings({ SITE_URL: 'https://example.org/ladder/' })).toThrow(/path in BASE_PATH/);
    expect(() => deploySettings({ BASE_PATH: '/../etc/' })).toThrow(
      /BASE_PATH="\/\.\.\/etc\/" has a path segment "\.\."/,
    );
    expect(() => deploySettings({ BASE_PATH: '/a b/' })).toThrow(/BASE_PATH/);
  });
});

describe('paths under the base', () => {
  it('puts a site path under the base and takes it off again', () => {
    expect(withBase('/', '/en/')).toBe('/en/');
    expect(withBase('/ladder/', '/en/cases/')).toBe('/ladder/en/cases/');
    expect(withoutBase('/ladder/', '/ladder/en/cases/')).toBe('/en/cases/');
    expect(withoutBase('/ladder/', '/ladder')).toBe('/');
    expect(withoutBase('/ladder/', '/other/en/')).toBeUndefined();
    expect(withoutBase('/', '/en/')).toBe('/en/');
  });
  it('refuses a relative path, which would resolve differently on every page', () => {
    expect(() => withBase('/ladder/', 'en/')).toThrow(/from the site's root/);
  });
});
