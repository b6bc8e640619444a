import { describe, expect, it } from 'vitest';
import { decodeState, encodeState, fromExportFile, toExportFile } from '../../src/lib/self-assessment-state';

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
  it('explains tampered targets', () => {
    expect(decodeState('v1.yun..09.---', ids, characteristics)).toEqual({ ok: false, reason: 'the targets in the link are not in the expected form' });
  });
  it('explains a link that was cut off', () => {
    const result = decodeState('v1.yu', ids);
    expect(result).toEqual({ ok: false, reason: 'the link holds 2 answers, but the framework has 3 criteria: it may have been cut off' });
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

describe('the exported file', () => {
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
  it('names what is wrong in a file that does not fit', () => {
    expect(fromExportFile({ format: 'smart-city-ladder/self-assessment', version: 1, criteria: [{ criterion: 'strategy.basic.z', status: 'met' }] }, ids)).toEqual({
      ok: false,
      reason: 'criteria[0]: unknown criterion "strategy.basic.z"',
    });
    expect(fromExportFile([], ids).ok).toBe(false);
    expect(fromExportFile({ format: 'other' }, ids).ok).toBe(false);
  });
});
