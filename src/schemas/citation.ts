import { z } from './zod';

/**
 * Where in the white paper a fact stands, as short locators:
 *   ch5.2  chapter 五 section (二)     box6    专栏 6
 *   table3 表 3                        annex2  附件 2
 *   fn16   footnote 16
 * Chapters follow the Chinese edition's numbering (一 … 七).
 */
const locatorPattern = /^(ch[1-7](\.[1-9])?|box([1-9]|1[01])|table([1-9]|1[01])|annex[12]|fn[1-9][0-9]?)$/;

const locatorSchema = z.string().regex(locatorPattern, {
  message:
    'not a white-paper locator: use ch5, ch5.2, box6, table3, annex2 or fn16 (chapter, section, 专栏, 表, 附件, footnote)',
});
export type Locator = z.infer<typeof locatorSchema>;

export const citationSchema = z
  .object(
    {
      source: z
        .string()
        .default('white-paper-2014')
        .describe('Id of an entry in content/sources; the 2014 white paper unless said otherwise.'),
      at: z
        .array(locatorSchema, { error: 'the citation needs at least one locator (chapter, box, table or annex)' })
        .min(1, { message: 'the citation needs at least one locator (chapter, box, table or annex)' })
        .describe('Where in the source the fact is stated.'),
    },
    {
      error: (issue) =>
        issue.input === undefined
          ? 'a citation is required: where in the white paper this is said'
          : 'a citation is an object with the locators it points to (at)',
    },
  )
  .strict();
export type Citation = z.infer<typeof citationSchema>;
