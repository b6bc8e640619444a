import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { scratchDir } from './helpers/scratch';
import { table3Problems } from '../../scripts/lib/table3-gate';
import { formatProblem, validateContent } from '../../scripts/lib/validate-content';

// The build's Table 3 gate on the real content and on copies with a planted over-rating.
let root: string;
const content = () => join(root, 'content');
const gate = () => {
  const { problems, content: loaded } = validateContent(content(), root);
  expect(problems).toEqual([]);
  return table3Problems(loaded, 'content').map(formatProblem);
};
const met = (criterion: string) => ({
  criterion,
  status: 'met',
  evidence: { zh: '植入的证据。', en: 'Planted evidence.' },
  basis: 'city',
  cite: { at: ['ch5.5'] },
});
const plant = (city: string, criteria: string[]) => {
  const file = join(content(), 'assessments', `${city}.json`);
  let assessment: { kind: string; city: string; asOf: number; criteria: { criterion: string }[] };
  try {
    assessment = JSON.parse(readFileSync(file, 'utf8')) as typeof assessment;
  } catch {
    assessment = { kind: 'paper-reading', city, asOf: 2014, criteria: [] };
  }
  assessment.criteria = [...assessment.criteria.filter((c) => !criteria.includes(c.criterion)), ...criteria.map(met)];
  writeFileSync(file, JSON.stringify(assessment, null, 2));
};

beforeEach(() => {
  root = scratchDir('scl-table3-');
  cpSync('content', content(), { recursive: true });
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('the Table 3 gate', () => {
  it('passes the real content', () => {
    expect(gate()).toEqual([]);
  });

  it('fails, naming characteristic, region, level and counts, when a Chinese pilot is proven above the services ceiling', () => {
    plant('korla', ['services.basic.first-services', 'services.average.several-services']);
    expect(gate()).toContain(
      "content/findings/table3-maturity-distribution.json: Table 3 gate: services, cn: korla is proven average, above Table 3's highest level for the group (basic)",
    );
  });

  it('fails when more covered cities are proven at a level than the shares allow', () => {
    const strategyAverage = [
      'strategy.basic.vision-linked',
      'strategy.basic.ict-strategy',
      'strategy.average.goals-cover-domains',
      'strategy.average.some-kpis',
      'strategy.average.ict-plan',
    ];
    // Chinese strategy: 67 % Average of 15 allows ten at Average or above.
    for (const city of [
      'chengdu',
      'huaian',
      'jiaxing',
      'korla',
      'nantong',
      'ningbo',
      'shanghai-pudong',
      'shenzhen-qianhai',
      'tianjin-binhai',
      'yangzhou',
      'yantai',
    ]) {
      plant(city, strategyAverage);
    }
    expect(gate().join('\n')).toMatch(
      /strategy, cn: 11 covered cities are proven average or above .*, but Table 3's shares allow 10 of 15/,
    );
  });
});
