import { about, z } from './zod';

/**
 * Where in the white paper a fact stands, as short locators:
 *   ch5.2  chapter 五 section (二)     box6    专栏 6
 *   table3 表 3                        annex2  附件 2
 *   fn16   footnote 16
 * Chapters follow the Chinese edition's numbering (一 … 七).
 */
export const locatorPattern = /^(ch[1-7](\.[1-9])?|box([1-9]|1[01])|table([1-9]|1[01])|annex[12]|fn[1-9][0-9]?)$/;

export const paperLocatorMessage =
  'not a white-paper locator: use ch5, ch5.2, box6, table3, annex2 or fn16 (chapter, section, 专栏, 表, 附件, footnote)';
const locatorSchema = z.string().regex(locatorPattern, { message: paperLocatorMessage });
export type Locator = z.infer<typeof locatorSchema>;

export const citationSchema = z
  .object(
    {
      source: z
        .string()
        .default('white-paper-2014')
        .meta(
          about(
            'Id of an entry in content/sources; the 2014 white paper unless said otherwise.',
            'content/sources 中某个来源的 id；未注明时即 2014 年白皮书。',
          ),
        ),
      at: z
        .array(locatorSchema, { error: 'the citation needs at least one locator (chapter, box, table or annex)' })
        .min(1, { message: 'the citation needs at least one locator (chapter, box, table or annex)' })
        .meta(
          about(
            'Where in the source the fact is stated: chapter and section (ch5.2), box (box6), table (table3), annex (annex2) or footnote (fn16).',
            '事实在来源中的位置：章节（ch5.2）、专栏（box6）、表（table3）、附件（annex2）或脚注（fn16）。',
          ),
        ),
    },
    {
      error: (issue) =>
        issue.input === undefined
          ? 'a citation is required: where in the white paper this is said'
          : 'a citation is an object with the locators it points to (at)',
    },
  )
  .strict()
  .meta(about('Where the source says this.', '来源中的出处。'));
export type Citation = z.infer<typeof citationSchema>;
