import { about, z } from './zod';
import { adminLevels, districtTypes, regionOfCountry, regions } from '../lib/places';
import { citationSchema } from './citation';
import { localizedText } from './localized';

/** What every city file says of the place, whoever names it: the paper, or a city's own report. */
const placeFields = {
  id: z
    .string()
    .regex(/^[a-z0-9-]+$/, { message: 'a city id is lower-case letters, digits and hyphens' })
    // The compare page's link names the reader's own self-assessment "self" (src/lib/compare.ts `selfId`).
    .refine((id) => id !== 'self', {
      message: 'the city id "self" is taken: the compare page\'s link uses it for a self-assessment',
    })
    .meta(
      about(
        'The city id, used by the other files and in its page address.',
        '城市 id，其他文件引用它，也用于城市页面的网址。',
      ),
    ),
  name: localizedText.meta(about("The city's name.", '城市名称。')),
  country: z
    .string()
    .regex(/^[A-Z]{2}$/, { message: 'use the ISO 3166-1 alpha-2 code, e.g. CN, NL' })
    .meta(about('ISO 3166-1 alpha-2 country code (reference data).', 'ISO 3166-1 两字母国家代码（通用参考数据）。')),
  region: z
    .enum(regions)
    .meta(
      about(
        'eu and cn for the two sides of the cooperation; other for cities elsewhere.',
        'eu 和 cn 分别是合作的欧盟方和中国方；other 指其他地区的城市。',
      ),
    ),
  coordinates: z
    .object({
      lat: z.number().min(-90).max(90).meta(about('Latitude.', '纬度。')),
      lon: z.number().min(-180).max(180).meta(about('Longitude.', '经度。')),
    })
    .strict()
    .meta(about('Where the city is, in WGS84 degrees (reference data).', '城市位置，WGS84 经纬度（通用参考数据）。')),
  adminLevel: z
    .enum(adminLevels)
    .meta(
      about(
        'A whole city, or a district or new area inside one (Pudong, Haidian, Qianhai are not whole cities).',
        '整座城市，或城市中的一个区或新区（浦东、海淀、前海都不是整座城市）。',
      ),
    ),
  parent: localizedText.optional().meta(about('The city a district or new area belongs to.', '区或新区所属的城市。')),
};

/** A city's region is its country's, and a district or new area names its city (the rules every city file keeps). */
function placeRules(
  city: { country: string; region: string; adminLevel: string; parent?: unknown },
  ctx: z.RefinementCtx,
) {
  // A field that is itself wrong has its own line; these rules read only well-formed ones.
  if (!/^[A-Z]{2}$/.test(city.country) || !(regions as readonly string[]).includes(city.region)) return;
  if (!(adminLevels as readonly string[]).includes(city.adminLevel)) return;
  const expected = regionOfCountry(city.country);
  if (city.region !== expected) {
    ctx.addIssue({
      code: 'custom',
      path: ['region'],
      message: `a city in ${city.country} is in region "${expected}", not "${city.region}" (eu: the EU's member states of 2014; cn: China; other: elsewhere)`,
    });
  }
  if (city.adminLevel !== 'city' && !city.parent) {
    ctx.addIssue({
      code: 'custom',
      path: ['parent'],
      message: `a ${city.adminLevel} needs the city it belongs to (parent)`,
    });
  }
}

/** A city the paper names: content/cities/<id>.json. */
export const citySchema = z
  .object({
    // The order of the paper's city files and of /data/cities.json: role after region.
    id: placeFields.id,
    name: placeFields.name,
    country: placeFields.country,
    region: placeFields.region,
    role: z
      .enum(['pilot', 'cited'])
      .meta(
        about(
          'pilot: one of the 30 pilot cities of Table 1; cited: a city the paper describes.',
          'pilot：表 1 所列 30 个试点城市之一；cited：白皮书介绍过的其他城市。',
        ),
      ),
    coordinates: placeFields.coordinates,
    adminLevel: placeFields.adminLevel,
    parent: placeFields.parent,
    districtType: z
      .object({
        value: z.enum(districtTypes).meta(about('new or existing.', 'new（新建）或 existing（既有）。')),
        cite: citationSchema.meta(about('Where the paper says so.', '白皮书中的出处。')),
      })
      .strict()
      .optional()
      .meta(
        about(
          'Green-field (new) or brown-field (existing), chapter 2, only where the paper says so.',
          '新建城区（绿地）或既有城区（棕地），见第二章；仅在白皮书明确说明时填写。',
        ),
      ),
    cite: citationSchema.meta(about('Where the paper names the city.', '白皮书中提到该城市的出处。')),
  })
  .strict()
  .superRefine(placeRules);
export type City = z.infer<typeof citySchema>;

/**
 * A city the paper does not name, brought by a city's own report (issue 20). It has no role in the paper (never a
 * pilot, never counted in Table 3) and no citation of it: its `origin` says which report brought it. It lives
 * beside its reports, as content/reports/<id>/city.json.
 */
const newCityObject = z.object(placeFields).strict();
/** A new city as a report brings it in a received file, before it is placed in content/. */
export const newCitySchema = newCityObject.superRefine(placeRules);
export const contributedCitySchema = newCityObject
  .extend({
    origin: z
      .object({
        kind: z
          .literal('contribution', {
            error:
              'a city in content/reports comes from a contribution ("kind": "contribution"); the paper\'s cities are in content/cities',
          })
          .meta(
            about(
              'contribution: the city comes from a city report, not from the paper.',
              'contribution：该城市来自城市报告，而非白皮书。',
            ),
          ),
        report: z
          .string()
          .regex(/^[a-z0-9-]+\/\d{4}-\d{2}-\d{2}$/, { message: 'a report id reads <city>/<YYYY-MM-DD>' })
          .meta(
            about(
              'The report that brought the city: <city>/<date>, its file under content/reports.',
              '带来该城市的报告：<城市>/<日期>，即 content/reports 下的文件。',
            ),
          ),
      })
      .strict()
      .meta(about('Where the city comes from: not the paper.', '该城市的来源：并非白皮书。')),
  })
  .strict()
  .superRefine(placeRules);
export type NewCity = z.infer<typeof newCitySchema>;
export type ContributedCity = z.infer<typeof contributedCitySchema>;
