/**
 * The state of a self-assessment: an answer per Annex 2 criterion (yes / no / don't know) and an
 * optional note each. It travels in the URL (shareable) and in localStorage, and is exported and
 * imported as JSON. Decoding never throws: a broken link or file gives a readable reason and the
 * caller keeps what the user already had. Pure and browser-safe, and free of zod: the page loads it at
 * once, and reads files (./self-assessment-file.ts, with the schema) only when one is imported.
 */
import type { SelfAssessmentFile, SelfContext } from '../schemas/assessment';

export type Answer = 'yes' | 'no' | 'unknown';
export type { SelfContext };

export interface SelfAssessment {
  answers: Record<string, Answer>;
  notes: Record<string, string>;
  /** The rung the city aims for per characteristic (1 = Basic … 4 = State-of-the-art). */
  targets: Record<string, number>;
  /** What the city is, for the similarity with other cities. */
  context: SelfContext;
  /** The city's name as the user writes it, for the exported file and the printed report. */
  city?: string;
}

/** Where this browser keeps the self-assessment: its page saves it, the compare page reads it. */
export const selfAssessmentStorageKey = 'smart-city-ladder:self-assessment';

export const emptyAssessment = (): SelfAssessment => ({ answers: {}, notes: {}, targets: {}, context: {} });

/**
 * What the reader changed in the form before the page's script ran (on a slow connection the form can be used
 * first): each control that no longer shows its default, with the value it shows. "unknown", target 0, an empty
 * context field or an empty city name mean the reader cleared it.
 */
export interface EarlyChanges {
  answers: Record<string, Answer>;
  targets: Record<string, number>;
  context: Record<string, string>;
  city?: string;
}

/** Whether the reader changed anything before the page's script ran. */
export const hasEarlyChanges = (early: EarlyChanges) =>
  [early.answers, early.targets, early.context].some((part) => Object.keys(part).length > 0) ||
  early.city !== undefined;

/**
 * The state a page starts from: the link's or the one this browser remembers, with what the reader changed before
 * the script ran put on top, field by field. The reader's own clicks are the latest thing they asked for, so they win;
 * everything they did not touch is kept.
 */
export function withEarlyChanges(start: SelfAssessment, early: EarlyChanges): SelfAssessment {
  const city = early.city === undefined ? start.city : early.city.trim() || undefined;
  return {
    answers: overlaid(start.answers, early.answers, (answer) => answer !== 'unknown'),
    notes: { ...start.notes },
    targets: overlaid(start.targets, early.targets, (target) => target > 0),
    context: overlaid<string>(start.context, early.context, (value) => value !== ''),
    ...(city ? { city } : {}),
  };
}

/** A copy of base with each change put in where it holds a value, and its field taken out where it was cleared. */
function overlaid<V>(base: Record<string, V>, changes: Record<string, V>, holds: (value: V) => boolean) {
  const result = { ...base };
  for (const [key, value] of Object.entries(changes)) {
    if (holds(value)) result[key] = value;
    else delete result[key];
  }
  return result;
}

const contextCodes = {
  region: { eu: 'e', cn: 'c', other: 'o' },
  adminLevel: { city: 'c', district: 'd', 'new-area': 'n' },
  districtType: { new: 'n', existing: 'e' },
} as const;
type ContextField = keyof typeof contextCodes;
const contextFields = Object.keys(contextCodes) as ContextField[];

function encodeContext(context: SelfContext): string {
  return contextFields
    .map((f) => (context[f] ? (contextCodes[f] as Record<string, string>)[context[f]] : '-'))
    .join('');
}

function decodeContext(code: string): SelfContext | undefined {
  if (code.length !== contextFields.length) return undefined;
  const context: SelfContext = {};
  for (const [i, field] of contextFields.entries()) {
    if (code[i] === '-') continue;
    const entry = Object.entries(contextCodes[field]).find(([, c]) => c === code[i]);
    if (!entry) return undefined;
    (context as Record<string, string>)[field] = entry[0];
  }
  return context;
}

const VERSION = 1;
const answerCode: Record<Answer, string> = { yes: 'y', no: 'n', unknown: 'u' };
const codeAnswer: Record<string, Answer> = { y: 'yes', n: 'no', u: 'unknown' };
const answerStatus = { yes: 'met', no: 'not-met', unknown: 'no-evidence' } as const;

export type Decoded = { ok: true; value: SelfAssessment } | { ok: false; reason: string };

/**
 * The file a user exports: an assessment of kind "self-assessment" (src/schemas/assessment.ts,
 * published as /data/assessment.schema.json), with every criterion spelled out.
 */
export function toExportFile(
  state: SelfAssessment,
  criterionIds: readonly string[],
  assessedOn: string,
): SelfAssessmentFile {
  return {
    kind: 'self-assessment',
    ...(state.city ? { city: state.city } : {}),
    assessedOn,
    context: state.context,
    targets: state.targets,
    criteria: criterionIds.map((id) => ({
      criterion: id,
      status: answerStatus[state.answers[id] ?? 'unknown'],
      ...(state.notes[id] ? { note: state.notes[id] } : {}),
    })),
  };
}

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(encoded: string): string {
  const binary = atob(encoded.replace(/-/g, '+').replace(/_/g, '/'));
  return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
}

/**
 * `v1.<answers>.<notes>.<targets>.<context>`: one letter per criterion in ladder order, the notes
 * as base64url JSON (may be empty), one digit per characteristic for the target (0 = none), and
 * three letters for region, administrative level and district type (- = not given), then the
 * city's name as base64url (may be absent).
 */
export function encodeState(
  state: SelfAssessment,
  criterionIds: readonly string[],
  characteristicIds: readonly string[] = [],
): string {
  const answers = criterionIds.map((id) => answerCode[state.answers[id] ?? 'unknown']).join('');
  const notes = Object.keys(state.notes).length > 0 ? toBase64Url(JSON.stringify(state.notes)) : '';
  const targets = characteristicIds.map((c) => String(state.targets[c] ?? 0)).join('');
  const city = state.city ? `.${toBase64Url(state.city)}` : '';
  return `v${VERSION}.${answers}.${notes}.${targets}.${encodeContext(state.context)}${city}`;
}

export function decodeState(
  encoded: string,
  criterionIds: readonly string[],
  characteristicIds: readonly string[] = [],
): Decoded {
  const [version, answers, notes, targets, context, city] = encoded.split('.');
  if (version !== `v${VERSION}`)
    return { ok: false, reason: 'the link is from an unknown version of the self-assessment' };
  if (!answers || answers.length !== criterionIds.length) {
    return {
      ok: false,
      reason: `the link holds ${answers?.length ?? 0} answers, but the framework has ${criterionIds.length} criteria: it may have been cut off`,
    };
  }
  const state = emptyAssessment();
  for (const [i, code] of [...answers].entries()) {
    const answer = codeAnswer[code];
    if (!answer) return { ok: false, reason: `answer ${i + 1} in the link is "${code}", not y, n or u` };
    if (answer !== 'unknown') state.answers[criterionIds[i]] = answer;
  }
  if (notes) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(fromBase64Url(notes));
    } catch {
      return { ok: false, reason: 'the notes in the link cannot be read: the link may have been altered' };
    }
    if (!parsed || typeof parsed !== 'object')
      return { ok: false, reason: 'the notes in the link are not in the expected form' };
    for (const [id, note] of Object.entries(parsed)) {
      if (!criterionIds.includes(id) || typeof note !== 'string')
        return { ok: false, reason: `the link has a note for an unknown criterion "${id}"` };
      state.notes[id] = note;
    }
  }
  if (targets) {
    if (targets.length !== characteristicIds.length || !/^[0-4]+$/.test(targets))
      return { ok: false, reason: 'the targets in the link are not in the expected form' };
    characteristicIds.forEach((c, i) => {
      if (targets[i] !== '0') state.targets[c] = Number(targets[i]);
    });
  }
  if (context) {
    const decoded = decodeContext(context);
    if (!decoded) return { ok: false, reason: 'the city context in the link is not in the expected form' };
    state.context = decoded;
  }
  if (city) {
    try {
      state.city = fromBase64Url(city);
    } catch {
      return { ok: false, reason: "the city's name in the link cannot be read: the link may have been altered" };
    }
  }
  return { ok: true, value: state };
}
