/**
 * Zod's default messages as people read them, naming the value that was given: Zod 4's own defaults
 * leave it out ("Invalid option"), and "file, field, reason" needs it. A message a schema sets itself
 * still wins; anything not covered here keeps Zod's default.
 */
import { type z } from './zod';

const shown = (value: unknown) => {
  const text = JSON.stringify(value);
  return text === undefined ? String(value) : text.length > 60 ? `${text.slice(0, 57)}…` : text;
};
const withArticle = (type: string) => `${/^[aeiou]/.test(type) ? 'an' : 'a'} ${type}`;
const list = (values: readonly unknown[]) => values.map(shown).join(', ');

export const readableIssue: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_value':
      return issue.values.length === 1
        ? `${shown(issue.input)} is not allowed here: expected ${shown(issue.values[0])}`
        : `${shown(issue.input)} is not one of ${list(issue.values)}`;
    case 'invalid_type':
      return issue.input === undefined
        ? `missing: expected ${withArticle(issue.expected)}`
        : `expected ${withArticle(issue.expected)}, got ${shown(issue.input)}`;
    case 'unrecognized_keys':
      return `unknown field${issue.keys.length > 1 ? 's' : ''} ${list(issue.keys)}`;
    case 'invalid_format':
      return `${shown(issue.input)} is not a valid ${issue.format}`;
    case 'invalid_union':
      return issue.note === 'No matching discriminator'
        ? `${shown(issue.input)} has no known ${shown(issue.discriminator)}`
        : undefined;
    default:
      return undefined;
  }
};
