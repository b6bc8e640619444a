/**
 * The JSON files of /data/ as they are published: each endpoint parses its body with one of these before
 * writing it, and /data/<file>.schema.json is made from the same schema, so a file cannot drift from its schema.
 */
import { characteristicIds, levels, rungs } from '../lib/levels';
import { regions } from '../lib/places';
import { asOfSchema, paperCriteriaSchema } from './assessment';
import { caseFactsSchema } from './case';
import { citySchema } from './city';
import { localizedText } from './localized';
import { about, z } from './zod';

/** /data/cities.json: every city as its content file has it. */
export const citiesFileSchema = z
  .array(citySchema)
  .meta(about('Every city the site knows, in id order.', '本站收录的全部城市，按 id 排序。'));

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

/** /data/assessments.json: every city's evidence and computed levels. */
export const assessmentsFileSchema = z
  .object({
    note: z.string().meta(about('What the levels are and are not.', '这些等级是什么、不是什么。')),
    assessments: z
      .array(
        z
          .object({
            city: z
              .string()
              .meta(about('The city id, as in /data/cities.json.', '城市 id，与 /data/cities.json 中的一致。')),
            asOf: asOfSchema,
            criteria: paperCriteriaSchema,
            levels: z
              .partialRecord(z.enum(characteristicIds), characteristicScoreSchema)
              .meta(
                about(
                  'Per characteristic (keyed by characteristic id), the computed score.',
                  '按特征（以特征 id 为键）给出的计算结果。',
                ),
              ),
          })
          .strict(),
      )
      .meta(
        about(
          "Every city's evidence and computed levels, one entry per city.",
          '每个城市的证据和计算出的等级，每个城市一条。',
        ),
      ),
  })
  .strict();
