import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { RatedLevel } from '../../src/lib/levels';
import {
  boundedRange,
  describeViolation,
  groupBounds,
  maxAtOrAbove,
  table3Violations,
  type Table3Row,
} from '../../src/lib/table3-bounds';

const table3 = JSON.parse(readFileSync('content/findings/table3-maturity-distribution.json', 'utf8')) as {
  rows: Table3Row[];
  euSample: string[];
};
const row = (characteristic: string) => table3.rows.find((r) => r.characteristic === characteristic)!;
const cnPilots = Array.from({ length: 15 }, (_, i) => `cn-${i + 1}`);
const covered = { cn: cnPilots, eu: table3.euSample };

describe("a Table 3 row's bounds on every city it covers", () => {
  it('every Chinese pilot is at least Basic on stakeholders, governance, funding and business model', () => {
    for (const c of ['stakeholders', 'governance', 'funding', 'business-model']) {
      expect(groupBounds(row(c).cn).floor, c).toBe('basic');
    }
  });
  it('every footnote-16 EU pilot is at least Average on services', () => {
    expect(groupBounds(row('services').eu)).toEqual({ floor: 'average', ceiling: 'state-of-the-art' });
  });
  it('no Chinese pilot is above Basic on services or above Average on strategy', () => {
    expect(groupBounds(row('services').cn).ceiling).toBe('basic');
    expect(groupBounds(row('strategy').cn).ceiling).toBe('average');
  });
  it('a share of cities not yet addressed or not assessed leaves no floor', () => {
    expect(groupBounds(row('strategy').cn).floor).toBeUndefined(); // 7 % not yet addressed
    expect(groupBounds(row('value-assessment').eu).floor).toBeUndefined(); // 10 % not assessed
  });
  it('counts at or above a level are the shares from that level up, times the cities covered, rounded', () => {
    // Chinese value assessment: 7 / 53 / 27 / 0 / 13 %: 13 % of 15 is 1.95.
    expect(maxAtOrAbove(row('value-assessment').cn, 'more-advanced', 15)).toBe(2);
    expect(maxAtOrAbove(row('value-assessment').cn, 'average', 15)).toBe(6);
    expect(maxAtOrAbove(row('services').cn, 'average', 15)).toBe(0);
  });
});

describe('a city range with the bounds applied', () => {
  const governanceCn = groupBounds(row('governance').cn);
  it('with no evidence of its own, a covered city gets the group range, marked as coming from Table 3', () => {
    expect(boundedRange(undefined, governanceCn)).toEqual({
      proven: 'basic',
      possible: 'average',
      raisedByFloor: false,
      loweredByCeiling: true,
    });
  });
  it('the floor raises what the evidence proves, the ceiling lowers what it allows', () => {
    expect(boundedRange({ proven: 'not-yet-addressed', possible: 'state-of-the-art' }, governanceCn)).toEqual({
      proven: 'basic',
      possible: 'average',
      raisedByFloor: true,
      loweredByCeiling: true,
    });
  });
  it('evidence inside the bounds is left as it is', () => {
    expect(boundedRange({ proven: 'average', possible: 'average' }, governanceCn)).toEqual({
      proven: 'average',
      possible: 'average',
      raisedByFloor: false,
      loweredByCeiling: false,
    });
  });
});

describe('the Table 3 gate', () => {
  const evidenceFrom =
    (readings: Record<string, Record<string, [RatedLevel, RatedLevel]>>) => (city: string, characteristic: string) => {
      const r = readings[city]?.[characteristic];
      return r ? { proven: r[0], possible: r[1] } : undefined;
    };

  it('fails on a planted over-rating: four Chinese pilots proven More advanced on value assessment', () => {
    const planted = Object.fromEntries(
      cnPilots.slice(0, 4).map((city) => [city, { 'value-assessment': ['more-advanced', 'more-advanced'] }]),
    ) as Record<string, Record<string, [RatedLevel, RatedLevel]>>;
    const violations = table3Violations(table3.rows, covered, evidenceFrom(planted));
    expect(violations.map(describeViolation)).toContain(
      "value-assessment, cn: 4 covered cities are proven more-advanced or above (cn-1, cn-2, cn-3, cn-4), but Table 3's shares allow 2 of 15",
    );
  });
  it('fails on a city proven above its ceiling', () => {
    const violations = table3Violations(
      table3.rows,
      covered,
      evidenceFrom({ 'cn-1': { services: ['average', 'average'] } }),
    );
    expect(violations.map(describeViolation)).toContain(
      "services, cn: cn-1 is proven average, above Table 3's highest level for the group (basic)",
    );
  });
  it('fails on evidence that caps a city below its floor', () => {
    const violations = table3Violations(
      table3.rows,
      covered,
      evidenceFrom({ barcelona: { services: ['not-yet-addressed', 'not-yet-addressed'] } }),
    );
    expect(violations.map((v) => v.kind)).toEqual(['below-floor']);
  });
  it('passes readings that fit: two Chinese pilots at More advanced on value assessment', () => {
    const fitting = {
      'cn-1': { 'value-assessment': ['more-advanced', 'state-of-the-art'] },
      'cn-2': { 'value-assessment': ['basic', 'average'] },
    } as Record<string, Record<string, [RatedLevel, RatedLevel]>>;
    expect(table3Violations(table3.rows, covered, evidenceFrom(fitting))).toEqual([]);
  });
});
