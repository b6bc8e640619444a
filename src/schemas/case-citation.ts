import { whitePaperSource } from '../lib/contributions';
import { locatorPattern, paperLocatorMessage } from './citation';
import { about, z } from './zod';

/**
 * Where in another document (a `document` of content/sources) a fact stands: a page (p12), pages (p12-14) or a
 * section (s3.2, sA.1) of it.
 */
export const documentLocatorPattern = /^(p[1-9][0-9]*(-[1-9][0-9]*)?|s[0-9A-Za-z]+(\.[0-9A-Za-z]+)*)$/;

/**
 * A case's citation: the white paper with its locators, as every other citation, or a document of
 * content/sources with a page or section. The content check makes sure a source other than the paper is a
 * document.
 */
export const caseCitationSchema = z
  .object(
    {
      source: z
        .string()
        .default(whitePaperSource)
        .meta(
          about(
            'Id of an entry in content/sources: the 2014 white paper unless said otherwise, or a document (kind "document").',
            'content/sources 中某个来源的 id：未注明时即 2014 年白皮书，否则为一份文件（kind 为 "document"）。',
          ),
        ),
      at: z
        .array(z.string(), { error: 'the citation needs at least one locator (chapter, box, table or annex)' })
        .min(1, { message: 'the citation needs at least one locator (chapter, box, table or annex; page or section)' })
        .meta(
          about(
            'Where in the source the fact is stated. In the white paper: chapter and section (ch5.2), box (box6), table (table3), annex (annex2) or footnote (fn16). In another document: page (p12), pages (p12-14) or section (s3.2).',
            '事实在来源中的位置。白皮书：章节（ch5.2）、专栏（box6）、表（table3）、附件（annex2）或脚注（fn16）。其他文件：页（p12）、页码范围（p12-14）或节（s3.2）。',
          ),
        ),
    },
    {
      error: (issue) =>
        issue.input === undefined
          ? 'a citation is required: where in the white paper or the cited document this is said'
          : 'a citation is an object with the locators it points to (at)',
    },
  )
  .strict()
  .superRefine((cite, ctx) => {
    const paper = cite.source === whitePaperSource;
    cite.at.forEach((locator, i) => {
      if (paper ? !locatorPattern.test(locator) : !documentLocatorPattern.test(locator)) {
        ctx.addIssue({
          code: 'custom',
          path: ['at', i],
          message: paper
            ? paperLocatorMessage
            : `not a page or section locator of "${cite.source}": use p12, p12-14 (pages) or s3.2 (section)`,
        });
      }
    });
  })
  .meta(about('Where the source says this.', '来源中的出处。'));
export type CaseCitation = z.infer<typeof caseCitationSchema>;
