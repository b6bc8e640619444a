import { about, z } from './zod';
import { rungs } from '../lib/levels';
import { characteristicIdSchema } from './characteristic';
import { caseCitationSchema } from './case-citation';
import { citationSchema } from './citation';
import { localizedText } from './localized';
import {
  businessModelSchema,
  caseScopeSchema,
  fundingInstrumentSchema,
  serviceDomainSchema,
  technologySchema,
} from './taxonomy';

/** A statement of the paper (or of the case's document) about the case, in our words, with where it says it. */
const citedText = (text: ReturnType<typeof about>, cite: ReturnType<typeof about>) =>
  z.object({ text: localizedText.meta(text), cite: caseCitationSchema.meta(cite) }).strict();

/** A figure exactly as the paper prints it, with what it measures. */
const outcomeSchema = z
  .object({
    measure: localizedText.meta(about('What the figure measures.', '该数据衡量的内容。')),
    figure: localizedText.meta(
      about(
        'The number with its unit or currency, exactly as printed (e.g. 20%, 81 亿美元 / USD 8.1 billion).',
        '数字及其单位或币种，与白皮书印刷的完全一致（如 20%、81 亿美元 / USD 8.1 billion）。',
      ),
    ),
    cite: caseCitationSchema.meta(about('Where the paper prints the figure.', '白皮书中刊载该数据的出处。')),
  })
  .strict();

/**
 * The facts Annex 1 item 8 asks of every service. Each is optional: absent means the paper
 * does not say, and the site shows it as unknown.
 */
const serviceProfileSchema = z
  .object({
    launched: z
      .string()
      .regex(/^\d{4}(-\d{2})?$/)
      .optional()
      .meta(
        about(
          'Year (or year-month) the service started: YYYY or YYYY-MM.',
          '服务推出的年份（或年月）：YYYY 或 YYYY-MM。',
        ),
      ),
    scalable: z.boolean().optional().meta(about('Can it be extended to other cities?', '能否推广到其他城市？')),
    cloud: z.boolean().optional().meta(about('Delivered from the cloud?', '是否通过云交付？')),
    offer: z
      .enum(['single', 'integrated'])
      .optional()
      .meta(
        about(
          'A single service or part of an integrated offer. single: a service on its own; integrated: part of an integrated offer.',
          '单一服务还是集成服务的一部分。single：单独提供的服务；integrated：集成服务的一部分。',
        ),
      ),
    openApi: z.boolean().optional().meta(about('Does it offer an open API?', '是否提供开放 API？')),
    iot: z.boolean().optional().meta(about('Does it use the Internet of Things?', '是否使用物联网？')),
    targetGroups: z
      .array(localizedText)
      .optional()
      .meta(about('The groups of people the service is for.', '该服务面向的人群。')),
    financialBenefits: localizedText
      .optional()
      .meta(about('The financial benefits of the service.', '该服务带来的财务效益。')),
    nonFinancialBenefits: localizedText
      .optional()
      .meta(about('The benefits of the service other than financial ones.', '该服务带来的非财务效益。')),
    digitalInclusion: localizedText
      .optional()
      .meta(about('Measures for people with little digital literacy.', '面向数字素养较低人群的措施。')),
    cite: caseCitationSchema.meta(about('Where the paper describes the service.', '白皮书中介绍该服务的出处。')),
  })
  .strict();

/** The language-neutral facts of a case: content/cases/<slug>/facts.json. */
export const caseFactsSchema = z
  .object({
    cities: z
      .array(z.string())
      .meta(
        about(
          'City ids, as in /data/cities.json; empty for a national programme with no named city.',
          '城市 id，与 /data/cities.json 中一致；没有具体城市的国家层面项目为空。',
        ),
      ),
    scope: caseScopeSchema.meta(
      about(
        'How far the case reaches. city: one city; several-cities: two or more cities; national: a programme or policy of one country; programme: a programme or organisation not tied to one place (e.g. at EU level).',
        '案例的覆盖范围。city：单个城市；several-cities：两个或更多城市；national：一个国家的项目或政策；programme：不限于某一地点的项目计划或机构（如欧盟层面）。',
      ),
    ),
    characteristics: z
      .array(characteristicIdSchema)
      .min(1, { message: 'a case shows at least one characteristic' })
      .meta(
        about(
          'Ids of the characteristics of the framework (chapter 3) the case shows; at least one.',
          '该案例体现的框架特征（第三章）的 id，至少一项。',
        ),
      ),
    exemplifies: z
      .array(
        z
          .object({
            characteristic: characteristicIdSchema.meta(about('The id of the characteristic.', '特征的 id。')),
            rung: z
              .enum(rungs)
              .meta(
                about(
                  'The rung of the Annex 2 ladder the case illustrates: basic, average, more-advanced or state-of-the-art, lowest first.',
                  '案例体现的附件 2 成熟度阶梯等级，由低到高为 basic（基本）、average（一般）、more-advanced（较先进）、state-of-the-art（最成熟）。',
                ),
              ),
            cite: citationSchema.meta(
              about('Where the paper ties the case to the rung.', '白皮书中将该案例与该等级相联系的出处。'),
            ),
          })
          .strict(),
      )
      .default([])
      .meta(
        about(
          'The rung a case illustrates, only where the paper ties it to one.',
          '案例体现的成熟度等级，仅在白皮书明确将其与某一等级相联系时填写。',
        ),
      ),
    serviceDomains: z
      .array(serviceDomainSchema)
      .default([])
      .meta(
        about(
          'Service domains of the case, from the list of Annex 1, item 8.',
          '案例所属的服务领域，取自附件 1 第 8 项的列表。',
        ),
      ),
    technologies: z
      .array(technologySchema)
      .default([])
      .meta(
        about(
          'Technologies the case uses, from those chapter 5 treats one by one.',
          '案例使用的技术，取自第五章逐一论述的技术。',
        ),
      ),
    fundingInstruments: z
      .array(fundingInstrumentSchema)
      .default([])
      .meta(
        about(
          'Funding instruments of the case, from those named in chapter 2 (Box 3) and chapter 5.',
          '案例采用的融资工具，取自第二章（专栏 3）和第五章提到的工具。',
        ),
      ),
    businessModels: z
      .array(businessModelSchema)
      .default([])
      .meta(
        about(
          'Business models of the case, from those named in chapter 2 (Box 4) and chapter 5.',
          '案例采用的商业模式，取自第二章（专栏 4）和第五章提到的模式。',
        ),
      ),
    years: z
      .array(z.number().int().min(1990).max(2030))
      .default([])
      .meta(about('Years the paper names for the case.', '白皮书中为该案例提到的年份。')),
    outcomes: z
      .array(outcomeSchema)
      .default([])
      .meta(about('Figures on the results of the case, as the paper prints them.', '白皮书所载的案例成果数据。')),
    service: serviceProfileSchema
      .optional()
      .meta(
        about(
          'The facts Annex 1 item 8 asks of every service; each is optional, and absent means the paper does not say.',
          '附件 1 第 8 项对每项服务要求的情况；各项均可省略，省略表示白皮书未说明。',
        ),
      ),
    preconditions: z
      .array(
        citedText(
          about('The precondition.', '该前提条件。'),
          about('Where the paper names it.', '白皮书中提到它的出处。'),
        ),
      )
      .default([])
      .meta(
        about(
          'Preconditions the paper names for the case, each with where it says so.',
          '白皮书为该案例提到的前提条件，各附出处。',
        ),
      ),
    challenges: z
      .array(
        citedText(about('The challenge.', '该挑战。'), about('Where the paper names it.', '白皮书中提到它的出处。')),
      )
      .default([])
      .meta(
        about(
          'Challenges the paper names for the case, each with where it says so.',
          '白皮书为该案例提到的挑战，各附出处。',
        ),
      ),
    sources: z
      .array(z.string())
      .default([])
      .meta(about('Ids of platforms and programmes in content/sources.', 'content/sources 中平台与项目的 id。')),
    cite: caseCitationSchema.meta(about('Where the paper describes the case.', '白皮书中介绍该案例的出处。')),
  })
  .strict()
  .superRefine((c, ctx) => {
    if (c.scope === 'city' && c.cities.length !== 1) {
      ctx.addIssue({
        code: 'custom',
        path: ['cities'],
        message: `a case of scope "city" names exactly one city (it names ${c.cities.length})`,
      });
    }
    if (c.scope === 'several-cities' && c.cities.length < 2) {
      ctx.addIssue({
        code: 'custom',
        path: ['cities'],
        message: 'a case of scope "several-cities" names at least two cities',
      });
    }
  });

/** The frontmatter of content/cases/<slug>/<lang>.mdx; the body tells the story. */
export const caseTextSchema = z
  .object({
    title: z.string().trim().min(1, { message: 'the title is empty' }),
    summary: z
      .string()
      .trim()
      .min(1, { message: 'the summary is empty' })
      .meta(about('One or two sentences for lists and search results.', '一两句话，用于列表和搜索结果。')),
  })
  .strict();

export type CaseFacts = z.infer<typeof caseFactsSchema>;
export type CaseText = z.infer<typeof caseTextSchema>;
