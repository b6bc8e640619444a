import { about, z } from './zod';
import { documentLicences } from '../lib/contributions';
import { citationSchema } from './citation';
import { localizedText } from './localized';

/** The white paper itself, and the platforms, programmes, organisations and indices it names. */
const paperSourceSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    kind: z.enum(['publication', 'platform', 'programme', 'organisation', 'index']),
    name: localizedText,
    description: localizedText,
    year: z.number().int().min(1990).max(2014).optional().describe('Only where the paper gives it.'),
    url: z.url().optional().describe('Shown as text for reference; the site never loads it.'),
    cite: citationSchema.optional().describe('Where the white paper names it; absent only for the paper itself.'),
  })
  .strict();

/**
 * A document other than the white paper that a contributed case cites (issue 20): a report, a plan, a web page.
 * Its title is `name`, as every source's, so a citation shows it the same way.
 */
export const documentSourceSchema = z
  .object({
    id: z
      .string()
      .regex(/^[a-z0-9-]+$/, { message: 'a source id is lower-case letters, digits and hyphens' })
      .meta(about('The source id, as case citations name it.', '来源 id，案例的出处引用它。')),
    kind: z
      .literal('document')
      .meta(
        about(
          'document: a document other than the white paper, cited by a case.',
          'document：白皮书以外的文件，供案例引用。',
        ),
      ),
    name: localizedText.meta(
      about(
        'The title: as published, and in the other language a translation of it.',
        '标题：原文标题，另一种语言为其译文。',
      ),
    ),
    publisher: localizedText.meta(about('Who published it.', '发布者。')),
    year: z
      .number({ error: 'the year the document was published is missing' })
      .int()
      .min(1990, { message: 'a year from 1990 on' })
      .meta(about('The year it was published.', '发布年份。')),
    url: z
      .url({ error: 'the address (URL) where the document can be read is missing or not a URL' })
      .meta(
        about(
          'Where it can be read; shown as text, the site never loads it.',
          '文件的网址；仅作文字显示，本站不会加载。',
        ),
      ),
    licence: z
      .enum(documentLicences)
      .meta(
        about(
          'Its licence, as an SPDX id; all-rights-reserved: cited only, never copied (the case is told in our words).',
          '文件的许可协议（SPDX 标识）；all-rights-reserved：仅引用、不复制（案例由本站用自己的话讲述）。',
        ),
      ),
    description: localizedText
      .optional()
      .meta(about('What the document is, if worth saying.', '文件简介（如有必要）。')),
  })
  .strict();

export const sourceSchema = z.discriminatedUnion('kind', [paperSourceSchema, documentSourceSchema]);
export type Source = z.infer<typeof sourceSchema>;
export type DocumentSource = z.infer<typeof documentSourceSchema>;
export const isDocument = (source: Source): source is DocumentSource => source.kind === 'document';
