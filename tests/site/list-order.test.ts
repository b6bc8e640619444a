/**
 * The lists a reader sees follow the order their page declares, not whatever order the content loader
 * happens to return (Astro 7 changed it, and 14 pages changed with it). src/data/site.ts hands every
 * collection over in file-name (id) order, and pages sort further only where they say so: the catalogue by
 * title, the cities matrix by region, role and name, the glossary and each rung's cities by name, the
 * characteristics by their `order`, filter options by count, peers by similarity.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { HtmlElement } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { builtPages, distDir, parsePage, textOf } from './built-site';

type Language = 'zh' | 'en';
const languages: Language[] = ['zh', 'en'];
type CityJson = { id: string; name: Record<Language, string>; region: string; role: string };
type CaseJson = { id: string; title: Record<Language, string>; cities: string[]; characteristics: string[] };

const readJson = <T>(file: string) => JSON.parse(readFileSync(file, 'utf8')) as T;
const cities = readJson<CityJson[]>(join(distDir, 'data/cities.json'));
const cases = readJson<CaseJson[]>(join(distDir, 'data/cases.json'));
const csvIds = (file: string) =>
  readFileSync(join(distDir, 'data', file), 'utf8')
    .split('\r\n')
    .slice(1)
    .filter((row) => row !== '')
    .map((row) => row.split(',')[0]);

/** Ids in file-name order as src/data/site.ts sorts them: by UTF-16 code units, not by locale. */
const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
/** Entries of a content folder as the loaders name them: `name.json` files, or folders holding `facts.json`. */
const contentIds = (folder: string) =>
  readdirSync(join('content', folder), { withFileTypes: true })
    .filter((e) => !e.name.startsWith('_'))
    .filter((e) =>
      e.isDirectory() ? existsSync(join('content', folder, e.name, 'facts.json')) : e.name.endsWith('.json'),
    )
    .map((e) => e.name.replace(/\.json$/, ''))
    .sort(byId);
const characteristics = contentIds('characteristics')
  .map((id) => ({ id, order: readJson<{ order: number }>(join('content/characteristics', `${id}.json`)).order }))
  .sort((a, b) => a.order - b.order)
  .map((c) => c.id);

const pages = new Map(builtPages().map((p) => [p.path, p.file]));
const documentOf = (path: string) => {
  const file = pages.get(path);
  if (!file) throw new Error(`no built page ${path}`);
  return parsePage(readFileSync(file, 'utf8'));
};
/** The last part of each link's path: a case slug, a city or characteristic id. */
const linkedIds = (links: HtmlElement[]) =>
  links.map((a) => new URL(a.getAttributeValue('href')!, 'http://site').pathname.split('/').filter(Boolean).pop()!);
/** The cases an element links to (html-validate's selectors have no `^=`). */
const linkedCases = (element: HtmlElement, lang: Language) =>
  linkedIds(element.querySelectorAll('a').filter((a) => a.getAttributeValue('href')?.startsWith(`/${lang}/cases/`)));
/** Cases in the declared order: file-name (id) order, whatever order cases.json itself has. */
const caseRank = new Map(contentIds('cases').map((id, i) => [id, i]));
const inFileOrder = (list: CaseJson[]) => [...list].sort((a, b) => caseRank.get(a.id)! - caseRank.get(b.id)!);
const dictionary = (lang: Language) => readJson<Record<string, string>>(`src/i18n/${lang}.json`);

describe('the open data, in file-name (id) order', () => {
  it('lists the cities in cities.json, cities.csv, assessments.json and levels.csv', () => {
    const expected = contentIds('cities');
    expect(expected.length).toBeGreaterThan(40);
    expect(cities.map((c) => c.id)).toEqual(expected);
    expect(csvIds('cities.csv')).toEqual(expected);
    const { assessments } = readJson<{ assessments: { city: string }[] }>(join(distDir, 'data/assessments.json'));
    expect(assessments.map((a) => a.city)).toEqual(expected);
    // levels.csv: each city in turn, its characteristics in their declared order.
    const [header, ...levels] = readFileSync(join(distDir, 'data/levels.csv'), 'utf8').split('\r\n').filter(Boolean);
    const [city, characteristic] = ['city', 'characteristic'].map((c) =>
      header
        .replace(/^\uFEFF/, '')
        .split(',')
        .indexOf(c),
    );
    expect(levels.map((row) => `${row.split(',')[city]} ${row.split(',')[characteristic]}`)).toEqual(
      expected.flatMap((city) => characteristics.map((c) => `${city} ${c}`)),
    );
  });

  it('lists the cases in cases.json and cases.csv', () => {
    const expected = contentIds('cases');
    expect(expected.length).toBeGreaterThan(40);
    expect(cases.map((c) => c.id)).toEqual(expected);
    expect(csvIds('cases.csv')).toEqual(expected);
  });
});

describe.each(languages)('%s pages', (lang) => {
  const byName = (a: string, b: string) => a.localeCompare(b, lang);
  const nameOf = new Map(cities.map((c) => [c.id, c.name[lang]]));

  it('the case catalogue lists every case by title, as the language sorts them', () => {
    const shown = linkedIds(documentOf(`/${lang}/cases/`).querySelectorAll('[data-case-list] > li h2 a'));
    const expected = [...cases].sort((a, b) => byName(a.title[lang], b.title[lang])).map((c) => c.id);
    expect(shown).toEqual(expected);
    // Title order differs from file-name order, so this is not the loader's order passing by chance.
    expect(expected).not.toEqual(cases.map((c) => c.id));
  });

  it('the cities matrix lists EU, then Chinese, then other cities, pilots first, then by name', () => {
    const regionOrder = ['eu', 'cn', 'other'];
    const shown = linkedIds(documentOf(`/${lang}/cities/`).querySelectorAll('[data-matrix] tbody tr th a'));
    const expected = [...cities]
      .sort(
        (a, b) =>
          regionOrder.indexOf(a.region) - regionOrder.indexOf(b.region) ||
          Number(b.role === 'pilot') - Number(a.role === 'pilot') ||
          byName(a.name[lang], b.name[lang]),
      )
      .map((c) => c.id);
    expect(shown).toEqual(expected);
  });

  it('each city page lists the city’s cases in file-name order, or says it has none', () => {
    const heading = dictionary(lang)['city.cases'];
    let withSeveral = 0;
    expect(cities.length).toBeGreaterThan(40);
    for (const city of cities) {
      const path = `/${lang}/cities/${city.id}/`;
      const section = documentOf(path)
        .querySelectorAll('main > h2')
        .find((h) => textOf(h) === heading);
      expect(section, `${path}: the heading "${heading}"`).toBeDefined();
      const expected = inFileOrder(cases.filter((c) => c.cities.includes(city.id))).map((c) => c.id);
      const list = section!.nextSibling!;
      if (expected.length === 0) {
        expect(textOf(list), path).toBe(dictionary(lang)['city.noCases']);
        continue;
      }
      if (expected.length > 1) withSeveral++;
      expect(linkedIds(list.querySelectorAll('li > a')), path).toEqual(expected);
    }
    expect(withSeveral).toBeGreaterThan(0);
  });

  it('the framework page and every city’s level table follow the characteristics’ declared order', () => {
    const framework = documentOf(`/${lang}/framework/`).querySelectorAll('ol.card-list > li h2 a');
    expect(linkedIds(framework)).toEqual(characteristics);
    for (const city of cities) {
      const rows = documentOf(`/${lang}/cities/${city.id}/`).querySelectorAll('[data-testid="city-levels"] tbody th a');
      expect(
        rows.map((a) => a.getAttributeValue('href')!.slice(1)),
        city.id,
      ).toEqual(characteristics);
    }
  });

  it('a characteristic page lists each rung’s cities by name, and its cases in file-name order', () => {
    const heading = dictionary(lang)['home.cases'];
    let rungsWithCities = 0;
    let pagesWithCases = 0;
    expect(characteristics.length).toBe(9);
    for (const id of characteristics) {
      const path = `/${lang}/framework/${id}/`;
      const page = documentOf(path);
      for (const rung of page.querySelectorAll('ol.ladder > li')) {
        const rungCities = linkedIds(rung.querySelectorAll('ul.inline-list a'));
        expect(rungCities, path).toEqual([...rungCities].sort((a, b) => byName(nameOf.get(a)!, nameOf.get(b)!)));
        if (rungCities.length > 1) rungsWithCities++;
        const rungList = rung.querySelector('[data-rung-cases]');
        const rungCases = rungList ? linkedCases(rungList, lang) : [];
        expect(rungCases, path).toEqual([...rungCases].sort((a, b) => caseRank.get(a)! - caseRank.get(b)!));
      }
      const expected = inFileOrder(cases.filter((c) => c.characteristics.includes(id))).map((c) => c.id);
      const section = page.querySelectorAll('main > section').find((s) => {
        const title = s.querySelector('h2');
        return title !== null && textOf(title) === heading;
      });
      expect(section ? linkedCases(section, lang) : [], path).toEqual(expected);
      if (expected.length > 1) pagesWithCases++;
    }
    expect(rungsWithCities).toBeGreaterThan(0);
    expect(pagesWithCases).toBeGreaterThan(0);
  });

  it('the glossary lists each group’s terms by name and each term’s cases in file-name order', () => {
    const sections = documentOf(`/${lang}/glossary/`).querySelectorAll('main section');
    expect(sections.length).toBe(2);
    for (const section of sections) {
      const terms = section.querySelectorAll('dt').map(textOf);
      expect(terms.length).toBeGreaterThan(1);
      expect(terms).toEqual([...terms].sort(byName));
      for (const dd of section.querySelectorAll('dd')) {
        const used = linkedCases(dd, lang);
        expect(used, textOf(dd.previousSibling!)).toEqual(
          [...used].sort((a, b) => caseRank.get(a)! - caseRank.get(b)!),
        );
      }
    }
  });

  it('the catalogue’s filters offer the most used values first, then by name; years in order', () => {
    const fieldsets = documentOf(`/${lang}/cases/`).querySelectorAll('[data-facet-form] fieldset');
    expect(fieldsets.length).toBeGreaterThan(3);
    for (const fieldset of fieldsets) {
      const options = fieldset.querySelectorAll('label').map((label) => {
        const input = label.querySelector('input')!;
        const count = textOf(label.querySelector('[data-count]')!);
        return {
          facet: input.getAttributeValue('name')!,
          value: input.getAttributeValue('value')!,
          count: Number(count.replace(/\D/g, '')),
          label: textOf(label).slice(0, -count.length).trim(),
        };
      });
      expect(options.length).toBeGreaterThan(0);
      const expected = [...options].sort((a, b) =>
        a.facet === 'year' ? a.value.localeCompare(b.value) : b.count - a.count || byName(a.label, b.label),
      );
      expect(options.map((o) => o.value)).toEqual(expected.map((o) => o.value));
    }
  });

  it('a city page lists whom to learn from by kind (a, b, c), then by the criteria shown, then most similar first', () => {
    let lists = 0;
    for (const city of cities) {
      const path = `/${lang}/cities/${city.id}/`;
      for (const item of documentOf(path).querySelectorAll('[data-testid="next-steps"] li[data-characteristic]')) {
        const keys: { kind: string; shown: number; similarity: number }[] = item
          .querySelectorAll('li[data-peer]')
          .map((lesson) => ({
            kind: lesson.getAttributeValue('data-kind')!,
            shown: lesson.querySelectorAll('[data-criterion]').length,
            similarity: Number(/(\d+)\s*%/.exec(textOf(lesson.querySelector('.meta')!))![1]),
          }));
        if (keys.length > 1) lists++;
        const declared = [...keys].sort(
          (a, b) => a.kind.localeCompare(b.kind) || b.shown - a.shown || b.similarity - a.similarity,
        );
        expect(keys, path).toEqual(declared);
      }
    }
    expect(lists).toBeGreaterThan(0);
  });
});
