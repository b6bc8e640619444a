/**
 * Which reading a row of the open data comes from (issue 20): the site's reading of the 2014 paper, or a city's
 * reviewed report, with its date and reviewer. Every row of assessments.json, levels.csv and next-steps.json says it.
 */
import { reportLicences } from '../lib/contributions';
import { about, z } from './zod';

const readingAbout = about(
  "Which reading this comes from: the site's reading of the 2014 paper, or a city's reviewed report (its date and reviewer).",
  '数据来自哪一解读：本站对 2014 年白皮书的解读，或城市经审核的报告（附日期和审核人）。',
);

export const paperReadingRef = z
  .object({
    source: z
      .literal('paper')
      .meta(about("paper: the site's reading of the 2014 white paper.", 'paper：本站对 2014 年白皮书的解读。')),
    asOf: z.literal(2014).meta(about('The paper describes the cities as of 2014.', '白皮书描述的是 2014 年的情况。')),
  })
  .strict()
  .meta(readingAbout);

export const reportReadingRef = z
  .object({
    source: z
      .literal('city-report')
      .meta(
        about(
          "city-report: the city's own report, reviewed; never the paper's reading.",
          'city-report：城市自己的报告，经审核；绝非白皮书的解读。',
        ),
      ),
    report: z
      .string()
      .meta(
        about(
          'The report id, <city>/<date>: its file content/reports/<city>/<date>.json.',
          '报告 id，<城市>/<日期>，即文件 content/reports/<城市>/<日期>.json。',
        ),
      ),
    asOf: z.iso.date().meta(about('The date the report describes.', '报告所描述的日期。')),
    reviewer: z.string().meta(about('Who reviewed it for the site.', '为本站审核该报告的人。')),
    reviewedOn: z.iso.date().meta(about('When it was reviewed.', '审核日期。')),
    licence: z
      .enum(reportLicences)
      .meta(about('The licence the city gave it (SPDX id).', '城市授予的许可协议（SPDX 标识）。')),
  })
  .strict();

export const readingRefSchema = z.discriminatedUnion('source', [paperReadingRef, reportReadingRef]).meta(readingAbout);
export type ReadingRef = z.infer<typeof readingRefSchema>;
