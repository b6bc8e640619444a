/**
 * Reading an exported self-assessment back: the file is checked with the schema the site publishes
 * (src/schemas/assessment.ts), so a file that fits here fits /data/assessment.schema.json. This is the only
 * browser module that needs zod; the page imports it with import() when a file is imported or compared, so
 * a first visit does not download zod. Decoding never throws: the first problem, by field, is the reason.
 */
import { fieldPath } from './field-path';
import { emptyAssessment, type Decoded, type SelfAssessment } from './self-assessment-state';
import { readableIssue } from '../schemas/readable-issue';
import { selfAssessmentFileSchema } from '../schemas/assessment';

const statusAnswer = { met: 'yes', 'not-met': 'no', 'no-evidence': 'unknown' } as const;

/** Reads an exported file's JSON with the same schema the site publishes. */
export function fromExportFile(data: unknown, criterionIds: readonly string[]): Decoded {
  if (!data || typeof data !== 'object' || Array.isArray(data))
    return { ok: false, reason: 'the file is not a JSON object' };
  const kind = (data as { kind?: unknown }).kind;
  if (kind === 'paper-reading')
    return { ok: false, reason: "this is the site's reading of the white paper for a city, not a self-assessment" };
  if (kind !== 'self-assessment')
    return {
      ok: false,
      reason: 'the file is not a Smart City Ladder self-assessment ("kind" should be "self-assessment")',
    };
  const parsed = selfAssessmentFileSchema.safeParse(data, { error: readableIssue });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, reason: `${fieldPath(issue.path)}: ${issue.message}` };
  }
  const file = parsed.data;
  const state: SelfAssessment = {
    ...emptyAssessment(),
    context: file.context,
    targets: file.targets,
    ...(file.city ? { city: file.city } : {}),
  };
  for (const [i, entry] of file.criteria.entries()) {
    if (!criterionIds.includes(entry.criterion))
      return { ok: false, reason: `criteria[${i}].criterion: unknown criterion "${entry.criterion}"` };
    const answer = statusAnswer[entry.status];
    if (answer !== 'unknown') state.answers[entry.criterion] = answer;
    if (entry.note) state.notes[entry.criterion] = entry.note;
  }
  return { ok: true, value: state };
}

/** Reads an exported file's text as a file input gives it: JSON first, then the schema. */
export function fromExportText(text: string, criterionIds: readonly string[]): Decoded {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'the file is not valid JSON' };
  }
  return fromExportFile(data, criterionIds);
}
