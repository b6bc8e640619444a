/**
 * The /contribute/ page (issue 20, point 7) in both languages: its sections, the link to the self-assessment's
 * "prepare a city report", and, while content/ holds no contribution, the plain statement that none has arrived.
 * The browser test over a fixture build checks the list when there are contributions.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtPages, fileForPath, idsOf, parsePage, textOf } from './built-site';

const languages = ['zh', 'en'] as const;
const htmlLang = { zh: 'zh-CN', en: 'en' } as const;
const none = {
  en: 'No city has sent a report yet; the site shows only its reading of the 2014 paper.',
  zh: '尚无城市提交报告；本站只展示对白皮书（2014 年）的解读。',
};
const sections = ['what', 'checks', 'review', 'licence', 'ways', 'so-far'];
const page = (lang: string) => {
  const file = fileForPath(`/${lang}/contribute/`);
  expect(file, `/${lang}/contribute/ is built`).toBeDefined();
  return readFileSync(file!, 'utf8');
};
/** The reports content/ holds: `<city>/<asOf>.json` under content/reports (city.json is a city, not a report). */
const contributedReports = existsSync('content/reports')
  ? readdirSync('content/reports', { recursive: true, encoding: 'utf8' }).filter((f) =>
      /\/\d{4}-\d{2}-\d{2}\.json$/.test(f),
    )
  : [];

describe.each(languages)('the contribute page in %s', (lang) => {
  it('exists with the page language, one h1 and every section under its heading', () => {
    const html = page(lang);
    const root = parsePage(html);
    expect(root.querySelector('html')?.getAttribute('lang')?.value).toBe(htmlLang[lang]);
    expect(root.querySelectorAll('h1')).toHaveLength(1);
    const ids = idsOf(html);
    for (const id of sections) {
      expect(ids.has(id), id).toBe(true);
      expect(root.querySelector(`section[aria-labelledby="${id}"] h2#${id}`), id).not.toBeNull();
    }
  });

  it('lists every check of the review gate and every licence a report may name', () => {
    const root = parsePage(page(lang));
    expect(root.querySelectorAll('[data-testid="contribute-checks"] li')).toHaveLength(10);
    expect(
      root
        .querySelectorAll('[data-testid="contribute-licence"] li[data-licence]')
        .map((li) => li.getAttribute('data-licence')?.value),
    ).toEqual(['CC-BY-4.0', 'CC-BY-SA-4.0', 'CC0-1.0', 'all-rights-reserved']);
  });

  it('links to "prepare a city report" on the self-assessment page in the same language', () => {
    const link = parsePage(page(lang)).querySelector('a[data-testid="prepare-report-link"]');
    expect(link?.getAttribute('href')?.value).toBe(`/${lang}/self-assessment/#prepare-report`);
    expect(fileForPath(`/${lang}/self-assessment/`)).toBeDefined();
  });

  it('has the self-assessment compare with the paper alone while content/ holds no report, else offer the choice', () => {
    const root = parsePage(readFileSync(fileForPath(`/${lang}/self-assessment/`)!, 'utf8'));
    expect(root.querySelector('section#prepare-report form[data-report-form]')).not.toBeNull();
    const citiesFile = readdirSync('dist/self-assessment').find((f) => f.startsWith(`cities.${lang}.`))!;
    const cities = JSON.parse(readFileSync(`dist/self-assessment/${citiesFile}`, 'utf8')) as Record<string, unknown>;
    const withReports = contributedReports.length > 0;
    expect(root.querySelector('[data-self-evidence]') !== null).toBe(withReports);
    expect('reported' in cities).toBe(withReports);
  });

  it('says plainly that no city has sent a report while content/ holds none, else lists each report', () => {
    const soFar = parsePage(page(lang)).querySelector('[data-testid="contributions-so-far"]')!;
    if (contributedReports.length === 0) {
      expect(textOf(soFar.querySelector('[data-testid="no-contributions"]')!)).toBe(none[lang]);
      expect(soFar.querySelectorAll('li')).toHaveLength(0);
    } else {
      expect(soFar.querySelector('[data-testid="no-contributions"]')).toBeNull();
      expect(soFar.querySelectorAll('[data-testid="reports-so-far"] li')).toHaveLength(contributedReports.length);
    }
  });
});

describe('the way to the contribute page', () => {
  it('is a footer link on every page of both languages', () => {
    const pages = builtPages().filter((p) => /^\/(en|zh)\//.test(p.path));
    expect(pages.length).toBeGreaterThan(200);
    const missing = pages.filter(({ path, file }) => {
      const link = parsePage(readFileSync(file, 'utf8')).querySelector('footer a[data-testid="footer-contribute"]');
      return link?.getAttribute('href')?.value !== `/${path.slice(1, 3)}/contribute/`;
    });
    expect(missing.map((p) => p.path)).toEqual([]);
  });
});
