import { about, z } from './zod';
import { caseFactsSchema, caseTextSchema } from './case';
import { cityReportSubmissionSchema } from './city-report';
import { documentSourceSchema } from './source';

/**
 * A file a city or anyone sends the maintainers (issue 20), which `npm run contribution:add -- FILE` checks and
 * places in content/: a city report (with the city, when the paper does not name it), or a case from another
 * source with the documents it cites.
 */

const caseText = caseTextSchema
  .extend({
    title: caseTextSchema.shape.title.meta(about('The case title.', '案例标题。')),
    body: z
      .string({ error: 'the story is missing' })
      .trim()
      .min(1, { message: 'the story is empty' })
      .meta(
        about(
          "The case's story (Markdown), in our own words, as the case page tells it.",
          '案例的叙述（Markdown），用自己的话撰写，即案例页面的正文。',
        ),
      ),
  })
  .meta(about('The case in one language: title, summary and story.', '案例的一种语言版本：标题、简介与正文。'));

export const caseSubmissionSchema = z
  .object({
    kind: z
      .literal('case')
      .meta(
        about('case: a case, told from a source other than the white paper.', 'case：依据白皮书以外来源讲述的案例。'),
      ),
    slug: z
      .string({ error: 'the case id (slug) is missing' })
      .regex(/^[a-z0-9-]+$/, { message: 'a case id is lower-case letters, digits and hyphens' })
      .meta(
        about(
          'The case id: its folder content/cases/<slug> and page address.',
          '案例 id：即 content/cases/<slug> 文件夹和页面网址。',
        ),
      ),
    facts: caseFactsSchema.meta(
      about(
        "The case's language-neutral facts, as content/cases/<slug>/facts.json holds them; its citations name the documents.",
        '案例与语言无关的事实，即 content/cases/<slug>/facts.json 的内容；其出处引用相关文件。',
      ),
    ),
    texts: z
      .object({ zh: caseText, en: caseText })
      .strict()
      .meta(about('The case in Chinese and in English.', '案例的中文和英文版本。')),
    sources: z
      .array(documentSourceSchema)
      .default([])
      .meta(
        about(
          'The documents the case cites that content/sources does not hold yet.',
          '案例引用而 content/sources 尚未收录的文件。',
        ),
      ),
  })
  .strict();

/** Anything contribution:add accepts, told apart by `kind`. */
export const receivedFileSchema = z.discriminatedUnion('kind', [cityReportSubmissionSchema, caseSubmissionSchema], {
  error: (issue) =>
    issue.code === 'invalid_union'
      ? 'a contribution is a city report ("kind": "city-report") or a case ("kind": "case")'
      : undefined,
});

export type CaseSubmission = z.infer<typeof caseSubmissionSchema>;
export type ReceivedFile = z.infer<typeof receivedFileSchema>;
