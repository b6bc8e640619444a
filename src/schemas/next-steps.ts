import { rungs } from '../lib/levels';
import { citationSchema } from './citation';
import { localizedText } from './localized';
import { cityReportFileSchema } from './city-report';
import { readingRefSchema } from './reading';
import { about, z } from './zod';

/** One entry of the "learn next from" report, as /data/next-steps.json publishes it. */
export const nextStepEntrySchema = z
  .object({
    evidence: z
      .enum(['paper', 'latest'])
      .meta(
        about(
          "Which evidence the entry is worked out from: paper, the site's reading of the 2014 paper for every city; latest, every city's latest reading (its newest reviewed city report where it has one). Entries of latest are published only when some city has a report.",
          '该条目依据的证据：paper 为本站对每个城市 2014 年白皮书的解读；latest 为每个城市的最新解读（有经审核的城市报告时取其最新一份）。只有在有城市提交报告后才会发布 latest 条目。',
        ),
      ),
    city: z.string().meta(about('The city that climbs (the learner).', '要向上攀升的城市（学习方）。')),
    learnerReading: readingRefSchema,
    characteristic: z.string().meta(about('The characteristic it climbs on.', '它要攀升的特征。')),
    rung: z
      .enum(rungs)
      .meta(
        about(
          'The rung it climbs to next: basic, average, more-advanced or state-of-the-art.',
          '它下一步要达到的级别：basic（基本）、average（一般）、more-advanced（较先进）或 state-of-the-art（最成熟）。',
        ),
      ),
    lacking: z
      .array(z.string())
      .meta(
        about(
          'Criteria of that rung the city does not meet yet (met by no evidence).',
          '该级别中该城市尚未满足的标准（没有证据表明已满足）。',
        ),
      ),
    teacher: z.string().meta(about('The city to learn from.', '可供学习的城市。')),
    teacherReading: readingRefSchema,
    kind: z
      .enum(['a', 'b', 'c'])
      .meta(
        about(
          'a: proven exactly one rung up; b: its evidence meets criteria the learner lacks for its next rung; c: its evidence meets a higher criterion the learner lacks (a step further on), offered only where no a or b exists.',
          'a：已证实恰好高一级；b：其证据表明已满足学习方下一级尚缺的标准；c：其证据表明已满足学习方所缺的更高一级标准（再往前一步），仅在没有 a 或 b 时列出。',
        ),
      ),
    criteria: z
      .array(
        z.union([
          z
            .object({
              criterion: z
                .string()
                .meta(
                  about(
                    'A criterion id from content/characteristics, e.g. "strategy.basic.vision".',
                    '标准 id，取自 content/characteristics，例如 strategy.basic.vision。',
                  ),
                ),
              evidence: localizedText.meta(
                about(
                  'What the paper says that decides the criterion for the teacher, in our own words.',
                  '白皮书中就学习对象决定该标准的内容，由本站用自己的话转述。',
                ),
              ),
              cite: citationSchema.meta(about('Where the paper says so.', '白皮书中的出处。')),
            })
            .strict(),
          z
            .object({
              criterion: z.string().meta(about('A criterion id from content/characteristics.', '标准 id。')),
              evidence: z
                .object({ zh: z.string().optional(), en: z.string().optional() })
                .strict()
                .meta(
                  about(
                    "A city report's evidence, in the reporter's words: its own language, and the translation's where it has one.",
                    '城市报告的证据，用报告者自己的话：报告本身的语言，以及（如有）译文。',
                  ),
                ),
              source: cityReportFileSchema.shape.criteria.element.options[0].shape.source,
            })
            .strict(),
        ]),
      )
      .meta(
        about(
          "The criteria the teacher shows, with the evidence and where it comes from: the paper's chapter or box, or the city report's source.",
          '学习对象所展示的标准，附证据及来源：白皮书的章节或专栏，或城市报告所注明的来源。',
        ),
      ),
    cases: z
      .array(z.string())
      .meta(
        about(
          "The teacher's cases on this characteristic (ids in /data/cases.json).",
          '学习对象在该特征上的案例（/data/cases.json 中的 id）。',
        ),
      ),
    similarity: z
      .object({
        score: z
          .number()
          .min(0)
          .max(1)
          .meta(
            about(
              'How similar the two cities are, from 0 (nothing in common) to 1.',
              '两市的相似程度，从 0（毫无共同之处）到 1。',
            ),
          ),
        sharedCharacteristics: z
          .number()
          .int()
          .min(0)
          .meta(about('How many other characteristics the score rests on.', '相似度所依据的其他特征的数量。')),
      })
      .strict()
      .meta(
        about(
          'How similar the teacher is to the learner, on the other characteristics both have assessed and on context (region, administrative level, district type, the service domains of their cases).',
          '学习对象与学习方的相似度，依据两市都已评估的其他特征及城市背景（地区、行政层级、开发类型、案例所属的服务领域）。',
        ),
      ),
  })
  .strict();

export const nextStepsFileSchema = z
  .object({
    note: z
      .string()
      .meta(
        about(
          "What the report is and is not: whom each city can learn from next, read from the 2014 paper and, in entries of latest evidence, from cities' reviewed reports; not a current measurement.",
          '这份报告是什么、不是什么：依据 2014 年白皮书（latest 条目还依据城市经审核的报告），列出每个城市下一步可向谁学习；并非当前的测量结果。',
        ),
      ),
    entries: z
      .array(nextStepEntrySchema)
      .meta(
        about('One entry per city, characteristic and city to learn from.', '每个城市、每项特征、每个学习对象各一条。'),
      ),
  })
  .strict();
export type NextStepEntry = z.infer<typeof nextStepEntrySchema>;
