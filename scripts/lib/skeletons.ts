/**
 * `npm run new -- report|case|city`: the files of a new contribution with every required field present and
 * each one a placeholder the schema rejects ("" for a text, "TODO" for a value from a list or a date, null for a
 * number), so the content check names every field still to fill in, one line each, until it passes.
 */
import { join } from 'node:path';
import { contributedCityFile } from '../../src/lib/contributions';

export type SkeletonKind = 'report' | 'case' | 'city';
export const skeletonKinds: readonly SkeletonKind[] = ['report', 'case', 'city'];

export interface SkeletonOptions {
  /** The city id (report, city) or the case id (case); a placeholder when not given. */
  id?: string;
  /** The date the report describes (report, city). */
  asOf?: string;
}

const TODO = 'TODO';
const json = (data: unknown) => `${JSON.stringify(data, null, 2)}\n`;

const reportSkeleton = (city: string, asOf: string) => ({
  kind: 'city-report',
  city,
  asOf,
  reporter: { office: '', role: '' },
  language: TODO,
  licence: TODO,
  criteria: [
    {
      criterion: TODO,
      status: 'met',
      evidence: { en: '' },
      source: { kind: 'document', title: '', publisher: '', date: TODO, url: TODO },
    },
  ],
  review: null,
});

/** The files of a skeleton, by path under the content tree. */
export function skeletonFiles(kind: SkeletonKind, options: SkeletonOptions = {}): Map<string, string> {
  const asOf = options.asOf ?? TODO;
  if (kind === 'report') {
    const city = options.id ?? '';
    return new Map([[join('reports', city || TODO, `${asOf}.json`), json(reportSkeleton(city, asOf))]]);
  }
  if (kind === 'city') {
    const id = options.id ?? '';
    const folder = id || TODO;
    return new Map([
      [
        join('reports', folder, contributedCityFile),
        json({
          id,
          name: { zh: '', en: '' },
          country: TODO,
          region: TODO,
          coordinates: { lat: null, lon: null },
          adminLevel: TODO,
          origin: { kind: 'contribution', report: `${folder}/${asOf}` },
        }),
      ],
      [join('reports', folder, `${asOf}.json`), json(reportSkeleton(id, asOf))],
    ]);
  }
  const slug = options.id ?? TODO;
  const text = `---\ntitle: ""\nsummary: ""\n---\n\nTODO: the case's story, in your own words, from the document it cites.\n`;
  return new Map([
    [
      join('cases', slug, 'facts.json'),
      json({
        cities: [TODO],
        scope: TODO,
        characteristics: [TODO],
        cite: { source: TODO, at: [TODO] },
      }),
    ],
    [join('cases', slug, 'zh.mdx'), text],
    [join('cases', slug, 'en.mdx'), text],
    [
      join('sources', `${TODO}.json`),
      json({
        id: '',
        kind: 'document',
        name: { zh: '', en: '' },
        publisher: { zh: '', en: '' },
        year: null,
        url: TODO,
        licence: TODO,
      }),
    ],
  ]);
}
