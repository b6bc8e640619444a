/**
 * The open data as a person gets it: CSV files a spreadsheet reads (byte-order mark, names and labels beside the
 * codes), a data page documenting every file, column and value, and a JSON Schema that each JSON file meets.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/lib/csv';
import { schemaFields, type JsonSchema } from '../../src/lib/json-schema-fields';
import type { Language } from '../../src/lib/languages';
import { z } from '../../src/schemas/zod';
import { distDir, fileForPath, parsePage, textOf } from './built-site';

const dataFiles = readdirSync(join(distDir, 'data')).sort();
const csvFiles = dataFiles.filter((f) => f.endsWith('.csv'));
const jsonFiles = dataFiles.filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json'));
const read = (file: string) => readFileSync(join(distDir, 'data', file), 'utf8');

/** A CSV file as objects keyed by its header. */
function table(file: string) {
  const [header, ...rows] = parseCsv(read(file));
  return { header, rows: rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]]))) };
}

const dataPage = (lang: Language) => parsePage(readFileSync(fileForPath(`/${lang}/data/`)!, 'utf8'));

describe('the CSV files', () => {
  it('start with a UTF-8 byte-order mark, so spreadsheet programs read the Chinese', () => {
    expect(csvFiles).toEqual(['cases.csv', 'cities.csv', 'levels.csv']);
    for (const file of csvFiles) {
      expect([...readFileSync(join(distDir, 'data', file)).subarray(0, 3)], file).toEqual([0xef, 0xbb, 0xbf]);
    }
  });

  it("give levels.csv the city's names, its region and the level labels beside the codes", () => {
    const { header, rows } = table('levels.csv');
    expect(header).toEqual(
      expect.arrayContaining([
        'city',
        'city_en',
        'city_zh',
        'region',
        'region_en',
        'region_zh',
        'level',
        'level_en',
        'level_zh',
      ]),
    );
    // Each label column follows its code.
    expect(header.slice(header.indexOf('level'), header.indexOf('level') + 3)).toEqual([
      'level',
      'level_en',
      'level_zh',
    ]);
    const ningbo = rows.find((r) => r.city === 'ningbo' && r.characteristic === 'governance');
    expect(ningbo).toMatchObject({
      city_en: 'Ningbo',
      city_zh: '宁波市',
      region: 'cn',
      region_en: 'China',
      region_zh: '中国',
      characteristic_en: 'Governance',
      level: 'average',
      level_en: 'Average',
      level_zh: '一般',
    });
    // Every row names its city in both languages and labels its level.
    for (const row of rows) {
      for (const column of ['city_en', 'city_zh', 'region_en', 'region_zh', 'level_en', 'level_zh']) {
        expect(row[column], `${row.city} ${row.characteristic} ${column}`).not.toBe('');
      }
    }
  });

  it('give cities.csv and cases.csv names and labels in both languages', () => {
    const cities = table('cities.csv');
    expect(cities.rows.find((r) => r.id === 'shanghai-pudong')).toMatchObject({
      name_zh: '上海市浦东新区',
      region_zh: '中国',
      admin_level: 'new-area',
      admin_level_en: 'New area',
    });
    const cases = table('cases.csv');
    expect(cases.header).toEqual(expect.arrayContaining(['cities_en', 'cities_zh', 'characteristics_zh', 'scope_en']));
    const multi = cases.rows.find((r) => r.cities.split(' ').length > 1)!;
    expect(multi.cities_zh.split('、')).toHaveLength(multi.cities.split(' ').length);
  });
});

describe.for<Language>(['en', 'zh'])('the data page in %s', (lang) => {
  const page = dataPage(lang);

  it('documents every file of /data/', () => {
    const documented = page.querySelectorAll('section[data-file]').map((s) => s.getAttribute('data-file')?.value);
    expect(documented.sort()).toEqual(dataFiles);
  });

  it('documents every column of every CSV file, with what it means', () => {
    for (const file of csvFiles) {
      const section = page.querySelector(`section[data-file="${file}"]`)!;
      const rows = section.querySelectorAll('tr[data-column]');
      expect(
        rows.map((r) => r.getAttribute('data-column')?.value),
        file,
      ).toEqual(table(file).header);
      for (const row of rows) expect(textOf(row.querySelectorAll('td')[0]), `${file} ${textOf(row)}`).not.toBe('');
    }
  });

  it('lists every value a coded column takes in the files', () => {
    let checked = 0;
    for (const file of csvFiles) {
      const { rows } = table(file);
      const section = page.querySelector(`section[data-file="${file}"]`)!;
      for (const row of section.querySelectorAll('tr[data-column]')) {
        const listed = row.querySelectorAll('.data-values code').map(textOf);
        if (listed.length === 0) continue;
        const column = row.getAttribute('data-column')!.value as string;
        const used = new Set(rows.flatMap((r) => r[column].split(' ').filter(Boolean)));
        for (const value of used) expect(listed, `${file} ${column}`).toContain(value);
        checked += used.size;
      }
    }
    expect(checked).toBeGreaterThan(30);
  });
});

describe('the JSON files', () => {
  // Each JSON file's fields, and those of an assessment file, on the data page in both languages, read from the
  // published schema (its objects admit no other key, so the data cannot hold a field the page does not list).
  const documentedSchemas = [
    ...jsonFiles.map((f) => [f, f.replace(/\.json$/, '.schema.json')]),
    ['assessment.schema.json', 'assessment.schema.json'],
  ];
  it.for(documentedSchemas)(
    'the data page lists every field of %s, with what it means, in both languages',
    ([file, schemaFile]) => {
      const fields = schemaFields(JSON.parse(read(schemaFile)) as JsonSchema);
      expect(fields.length).toBeGreaterThan(10);
      for (const lang of ['en', 'zh'] as const) {
        const rows = dataPage(lang).querySelectorAll(`section[data-file="${file}"] tr[data-field]`);
        expect(
          rows.map((r) => r.getAttribute('data-field')?.value),
          `${lang} ${file}`,
        ).toEqual(fields.map((f) => f.path));
        const meanings = rows.map((r) => textOf(r.querySelectorAll('td')[0]));
        expect(
          meanings.filter((m) => m === ''),
          `${lang} ${file}: fields without a meaning`,
        ).toEqual([]);
        if (lang === 'zh')
          expect(
            meanings.every((m) => /\p{Script=Han}/u.test(m)),
            `${file}: in Chinese`,
          ).toBe(true);
      }
    },
  );

  it.for(jsonFiles)('%s has a JSON Schema and meets it', (file) => {
    const schemaFile = file.replace(/\.json$/, '.schema.json');
    expect(dataFiles).toContain(schemaFile);
    const schema = JSON.parse(read(schemaFile)) as z.core.JSONSchema.JSONSchema;
    const validator = z.fromJSONSchema(schema);
    const data: unknown = JSON.parse(read(file));
    const result = validator.safeParse(data);
    expect(result.error?.issues.slice(0, 3) ?? []).toEqual([]);
    // The schema checks something: the same file with a wrong type in it fails.
    const broken = JSON.parse(read(file).replace(/"(id|city|note)": "[^"]*"/, '"$1": 42')) as unknown;
    expect(validator.safeParse(broken).success).toBe(false);
  });
});
