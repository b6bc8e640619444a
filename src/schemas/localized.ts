import { about, z } from './zod';

const text = (what: string) =>
  z
    .string({
      error: (issue) =>
        issue.input === undefined ? `the ${what} text is missing` : `the ${what} text must be a string`,
    })
    .trim()
    .min(1, { message: `the ${what} text is empty` });

/** A short text the site shows in both languages; a missing language is a build error. */
export const localizedText = z
  .object({
    zh: text('Chinese (zh)').meta(about('In Chinese.', '中文。')),
    en: text('English (en)').meta(about('In English.', '英文。')),
  })
  .strict()
  .meta(
    about(
      'The same text in Chinese and in English, written in our own words.',
      '同一内容的中文和英文，均由本站自行撰写。',
    ),
  );
