import { describe, expect, it } from 'vitest';
import { anyAssessmentSchema } from '../../src/schemas/any-assessment';
import { fromExportFile, fromExportText } from '../../src/lib/self-assessment-file';
import {
  decodeState,
  encodeState,
  hasEarlyChanges,
  toExportFile,
  withEarlyChanges,
  type SelfAssessment,
} from '../../src/lib/self-assessment-state';

const ids = ['strategy.basic.a', 'strategy.basic.b', 'governance.basic.c'];
const characteristics = ['strategy', 'governance'];
const state = {
  answers: { 'strategy.basic.a': 'yes', 'governance.basic.c': 'no' } as const,
  notes: { 'strategy.basic.a': '愿景已写入“十二五”规划 — vision in the plan' },
  targets: { governance: 3 },
  context: { region: 'cn', adminLevel: 'new-area' } as const,
};

describe('the state in a link', () => {
  it('round-trips answers and notes, Chinese included', () => {
    const encoded = encodeState(state, ids, characteristics);
    expect(encoded.startsWith('v1.yun.')).toBe(true);
    expect(encoded.endsWith('.03.cn-')).toBe(true);
    expect(decodeState(encoded, ids, characteristics)).toEqual({ ok: true, value: state });
  });
  it("carries the city's name, Chinese included", () => {
    const named = { ...state, city: '宁波 Ningbo' };
    expect(decodeState(encodeState(named, ids, characteristics), ids, characteristics)).toEqual({
      ok: true,
      value: named,
    });
  });
  it('explains tampered targets', () => {
    expect(decodeState('v1.yun..09.---', ids, characteristics)).toEqual({
      ok: false,
      reason: 'the targets in the link are not in the expected form',
    });
  });
  it('explains a link that was cut off', () => {
    const result = decodeState('v1.yu', ids);
    expect(result).toEqual({
      ok: false,
      reason: 'the link holds 2 answers, but the framework has 3 criteria: it may have been cut off',
    });
  });
  it('explains a tampered answer', () => {
    expect(decodeState('v1.yxn', ids)).toEqual({ ok: false, reason: 'answer 2 in the link is "x", not y, n or u' });
  });
  it('explains tampered notes', () => {
    const result = decodeState('v1.yun.%%%not-base64', ids);
    expect(result.ok).toBe(false);
  });
  it('explains an unknown version', () => {
    expect(decodeState('v9.yun', ids).ok).toBe(false);
  });
});

/** The exported file as it reaches an import: plain JSON, here with fields replaced by wrong values on purpose. */
type ExportedJson = { criteria: { criterion: string; status: string }[] } & Record<string, unknown>;
const exported = (overrides: Record<string, unknown> = {}) => ({
  ...(JSON.parse(JSON.stringify(toExportFile(state, ids, '2026-11-24T08:00:00Z'))) as ExportedJson),
  ...overrides,
});

describe('the exported file', () => {
  it('is an assessment of kind self-assessment under the schema the site publishes', () => {
    const file = toExportFile({ ...state, city: 'Ningbo' }, ids, '2026-11-24T08:00:00Z');
    expect(anyAssessmentSchema.safeParse(file).success).toBe(true);
    expect(file).toMatchObject({ kind: 'self-assessment', city: 'Ningbo', assessedOn: '2026-11-24T08:00:00Z' });
  });
  it('round-trips through export and import', () => {
    const file = toExportFile(state, ids, '2026-11-24T00:00:00Z');
    expect(file.criteria).toEqual([
      { criterion: 'strategy.basic.a', status: 'met', note: state.notes['strategy.basic.a'] },
      { criterion: 'strategy.basic.b', status: 'no-evidence' },
      { criterion: 'governance.basic.c', status: 'not-met' },
    ]);
    expect(file.targets).toEqual({ governance: 3 });
    expect(fromExportFile(JSON.parse(JSON.stringify(file)), ids)).toEqual({ ok: true, value: state });
  });
  it('names the field that does not fit', () => {
    const criteria = exported().criteria;
    criteria[0] = { criterion: 'strategy.basic.z', status: 'met' };
    expect(fromExportFile(exported({ criteria }), ids)).toEqual({
      ok: false,
      reason: 'criteria[0].criterion: unknown criterion "strategy.basic.z"',
    });
    criteria[0] = { criterion: 'strategy.basic.a', status: 'maybe' };
    expect(fromExportFile(exported({ criteria }), ids)).toEqual({
      ok: false,
      reason: 'criteria[0].status: "maybe" is not one of "met", "not-met", "no-evidence"',
    });
    expect(fromExportFile(exported({ targets: { governance: 7 } }), ids)).toEqual({
      ok: false,
      reason: 'targets.governance: a target is a rung from 1 to 4',
    });
    expect(fromExportFile(exported({ assessedOn: 'yesterday' }), ids)).toEqual({
      ok: false,
      reason: 'assessedOn: a date is written YYYY-MM-DD',
    });
  });
  it('refuses what is not a self-assessment, saying what it is', () => {
    expect(fromExportFile([], ids)).toEqual({ ok: false, reason: 'the file is not a JSON object' });
    expect(fromExportFile({ format: 'other' }, ids)).toEqual({
      ok: false,
      reason: 'the file is not a Smart City Ladder self-assessment ("kind" should be "self-assessment")',
    });
    expect(fromExportFile({ kind: 'paper-reading', city: 'ningbo', asOf: 2014, criteria: [] }, ids).ok).toBe(false);
  });
  it('reads the text a file input gives, and says when it is not JSON', () => {
    const file = toExportFile(state, ids, '2026-11-24T00:00:00Z');
    expect(fromExportText(JSON.stringify(file), ids)).toEqual({ ok: true, value: state });
    expect(fromExportText('{"kind": "self-assessment",', ids)).toEqual({
      ok: false,
      reason: 'the file is not valid JSON',
    });
  });
});

describe('what the reader changed before the page was ready', () => {
  const remembered: SelfAssessment = {
    answers: { 'governance.basic.departmental': 'yes', 'funding.basic.budget': 'no' },
    notes: { 'governance.basic.departmental': 'a note' },
    targets: { governance: 3, funding: 2 },
    context: { region: 'eu', adminLevel: 'city' },
    city: 'Remembered',
  };

  it('wins over what the browser remembered, field by field, and keeps the rest', () => {
    const state = withEarlyChanges(remembered, {
      answers: { 'funding.basic.budget': 'yes', 'strategy.basic.vision': 'no' },
      targets: { governance: 4 },
      context: { region: 'cn' },
      city: ' Typed early ',
    });
    expect(state).toEqual({
      answers: { 'governance.basic.departmental': 'yes', 'funding.basic.budget': 'yes', 'strategy.basic.vision': 'no' },
      notes: { 'governance.basic.departmental': 'a note' },
      targets: { governance: 4, funding: 2 },
      context: { region: 'cn', adminLevel: 'city' },
      city: 'Typed early',
    });
  });

  it('clears what the reader cleared: "don\'t know", no target, a field not given, an empty name', () => {
    const state = withEarlyChanges(remembered, {
      answers: { 'governance.basic.departmental': 'unknown' },
      targets: { funding: 0 },
      context: { adminLevel: '' },
      city: '',
    });
    expect(state.answers).toEqual({ 'funding.basic.budget': 'no' });
    expect(state.targets).toEqual({ governance: 3 });
    expect(state.context).toEqual({ region: 'eu' });
    expect(state.city).toBeUndefined();
  });

  it('changes nothing when the reader changed nothing, and leaves its input alone', () => {
    const copy = structuredClone(remembered);
    expect(withEarlyChanges(remembered, { answers: {}, targets: {}, context: {} })).toEqual(remembered);
    expect(remembered).toEqual(copy);
  });
});

describe('whether the reader changed anything early', () => {
  it('is false for no change and true for any one field', () => {
    const none = { answers: {}, targets: {}, context: {} };
    expect(hasEarlyChanges(none)).toBe(false);
    expect(hasEarlyChanges({ ...none, answers: { 'strategy.basic.vision': 'yes' } })).toBe(true);
    expect(hasEarlyChanges({ ...none, targets: { strategy: 0 } })).toBe(true);
    expect(hasEarlyChanges({ ...none, context: { region: '' } })).toBe(true);
    expect(hasEarlyChanges({ ...none, city: '' })).toBe(true);
  });
});
