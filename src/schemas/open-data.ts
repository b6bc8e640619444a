/**
 * The JSON files of /data/ as they are published: each endpoint parses its body with one of these before
 * writing it, and /data/<file>.schema.json is made from the same schema, so a file cannot drift from its schema.
 */
import { characteristicIds, levels, rungs } from '../lib/levels';
import { regions } from '../lib/places';
import { asOfSchema, paperCriteriaSchema } from './assessment';
import { caseFactsSchema } from './case';
import { citySchema, contributedCitySchema } from './city';
import { cityReportFileSchema } from './city-report';
import { paperReadingRef, reportReadingRef } from './reading';
import { localizedText } from './localized';
import { about, z } from './zod';

/** /data/cities.json: every city as its content file has it. */
export const citiesFileSchema = z
  .array(z.union([citySchema, contributedCitySchema]))
  .meta(
    about(
      'Every city the site knows, in id order: the paper\'s (with the citation that names it) and those a city report brought (with "origin").',
      '本站收录的全部城市，按 id 排序：白皮书中的城市（附出处），以及由城市报告引入的城市（附 origin）。',
    ),
  );

/** /data/cases.json: every case's facts, with its title and summary in both languages. */
export const casesFileSchema = z
  .array(
    z
      .object({
        id: z
          .string()
          .meta(
            about(
              'The case id, as in its page address /<lang>/cases/<id>/.',
              '案例 id，与其页面网址 /<lang>/cases/<id>/ 中的一致。',
            ),
          ),
        title: localizedText.meta(about('The case title.', '案例标题。')),
        summary: localizedText.meta(
          about('One or two sentences for lists and search results.', '一两句话的简介，用于列表和搜索结果。'),
        ),
        ...caseFactsSchema.shape,
      })
      .strict(),
  )
  .meta(about('Every case, in id order.', '全部案例，按 id 排序。'));

const levelSchema = z.enum(levels);

/** What each level means, for the fields that hold one. */
const levelValues = {
  en: 'not-assessed: the paper gives no evidence; no-rung-proven: some criterion has evidence but no rung is proven; not-yet-addressed: a Basic criterion is not met; basic, average, more-advanced, state-of-the-art: the rungs of Annex 2.',
  zh: 'not-assessed：白皮书没有证据；no-rung-proven：部分标准有证据，但未证实任何一级；not-yet-addressed：有基本级标准未满足；basic、average、more-advanced、state-of-the-art：附件 2 的四个级别（基本、一般、较先进、最成熟）。',
};
const ratedLevelSchema = z.enum(levels.filter((l) => l !== 'not-assessed') as [string, ...string[]]);

/** One characteristic's score, as src/lib/scoring.ts computes it. */
const characteristicScoreSchema = z
  .object({
    assessed: z
      .boolean()
      .meta(
        about(
          'False when no criterion has evidence, or the characteristic has no ladder.',
          '没有任何标准有证据，或该特征没有阶梯时为 false。',
        ),
      ),
    level: levelSchema.meta(
      about(
        `The level the evidence proves (Table 3 bounds applied where it covers the city). ${levelValues.en}`,
        `证据证实的等级（表 3 覆盖的城市已套用其上下限）。${levelValues.zh}`,
      ),
    ),
    possible: levelSchema.meta(
      about(
        'The highest level the criteria without evidence would still allow; equal to level when the evidence settles it. Values as for level.',
        '无证据的标准仍可容许的最高等级；证据已能确定时与 level 相同。取值同 level。',
      ),
    ),
    met: z.array(z.string()).meta(about('Criteria the evidence says are met.', '证据表明已满足的标准。')),
    notMet: z.array(z.string()).meta(about('Criteria the evidence says are not met.', '证据表明未满足的标准。')),
    unknown: z.array(z.string()).meta(about('Criteria without evidence.', '没有证据的标准。')),
    next: z
      .object({
        rung: z.enum(rungs).meta(about('The rung above the proven level.', '已证实等级之上的一级。')),
        notMet: z
          .array(z.string())
          .meta(about('Criteria of that rung the evidence says are not met.', '该级别中证据表明未满足的标准。')),
        unknown: z
          .array(z.string())
          .meta(about('Criteria of that rung the paper gives no evidence for.', '该级别中白皮书未提供证据的标准。')),
      })
      .strict()
      .nullable()
      .meta(
        about(
          'What the rung above the proven level still needs; null at the top or when not assessed.',
          '已证实等级之上的一级还需要什么；已在最高级或未评估时为 null。',
        ),
      ),
    table3: z
      .object({
        region: z
          .enum(regions)
          .meta(
            about(
              "The city's group in Table 3: eu or cn, the two sides of the cooperation.",
              '该城市在表 3 中所属的群体：eu 或 cn，即合作的欧盟方或中国方。',
            ),
          ),
        floor: ratedLevelSchema
          .optional()
          .meta(
            about(
              "The level every city of the group has at least, where Table 3's row proves one. Values as for level.",
              '该群体每个城市至少达到的等级（仅在表 3 该行能证明时给出）。取值同 level。',
            ),
          ),
        ceiling: ratedLevelSchema
          .optional()
          .meta(
            about(
              'The level no city of the group is above. Values as for level.',
              '该群体中没有城市超过的等级。取值同 level。',
            ),
          ),
        raisedByFloor: z
          .boolean()
          .meta(
            about(
              'True when the floor raised the proven level, or Table 3 alone gave it: the evidence alone would have said less.',
              '下限提高了已证实的等级，或等级完全由表 3 给出时为 true：仅凭证据得出的等级会更低。',
            ),
          ),
        loweredByCeiling: z
          .boolean()
          .meta(about('True when the ceiling lowered the possible level.', '上限降低了可能达到的等级时为 true。')),
      })
      .strict()
      .optional()
      .meta(
        about(
          "For a city Table 3 covers: the lowest and highest level it shows for the city's group.",
          '表 3 覆盖的城市：表 3 对其所在群体给出的最低和最高等级。',
        ),
      ),
  })
  .strict();

const levelsByCharacteristic = z
  .partialRecord(z.enum(characteristicIds), characteristicScoreSchema)
  .meta(
    about(
      'Per characteristic (keyed by characteristic id), the computed score.',
      '按特征（以特征 id 为键）给出的计算结果。',
    ),
  );
const cityId = z
  .string()
  .meta(about('The city id, as in /data/cities.json.', '城市 id，与 /data/cities.json 中的一致。'));

/** /data/assessments.json: every reading of every city, its evidence and computed levels. */
export const assessmentsFileSchema = z
  .object({
    note: z.string().meta(about('What the levels are and are not.', '这些等级是什么、不是什么。')),
    assessments: z
      .array(
        z.union([
          z
            .object({
              city: cityId,
              reading: paperReadingRef,
              asOf: asOfSchema,
              criteria: paperCriteriaSchema,
              levels: levelsByCharacteristic,
            })
            .strict(),
          z
            .object({
              city: cityId,
              reading: reportReadingRef,
              asOf: z.iso.date().meta(about('The date the report describes.', '报告所描述的日期。')),
              criteria: cityReportFileSchema.shape.criteria,
              levels: levelsByCharacteristic.meta(
                about(
                  "Per characteristic, the score the report's own evidence gives (Table 3's bounds are the paper's and do not apply).",
                  '按特征给出按报告自身证据计算的结果（表 3 的界限属于白皮书，不适用）。',
                ),
              ),
            })
            .strict(),
        ]),
      )
      .meta(
        about(
          "Every reading of every city, one entry each: the site's reading of the 2014 paper, then each reviewed city report, by date.",
          '每个城市的每一次解读各一条：本站对 2014 年白皮书的解读，以及按日期排列的各份经审核的城市报告。',
        ),
      ),
  })
  .strict();
