// Issue 20, point 8: a site built from the paper's content plus TEST DATA contributions (tests/fixtures/
// contributions/received/: a report for Riga, the fictional city Testburg with its report, and a case from another
// source), added as a maintainer adds them (`contribution:add`), built with SCL_CONTENT_DIR into .scratch/ and
// served beside the real build. Nothing here is real: every reporter, text and address in the fixtures says so.
import { cpSync, readFileSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { addContribution } from '../../scripts/lib/contribution';
import type { ModelChanges } from '../../scripts/lib/site-model';
import { siteModel } from '../../scripts/lib/site-model';
import { validateContent } from '../../scripts/lib/validate-content';
import { parseCsv } from '../../src/lib/csv';
import { dateText, monthOf } from '../../src/lib/dates';
import { isoToday } from '../../src/lib/contributions';
import { t } from '../../src/i18n';
import { languages } from '../../src/lib/languages';
import { brokenLinks } from '../site/built-site';
import { accessibilityViolations } from './axe';
import { buildSite } from './build-lock';
import { test } from './fixtures';
import { check } from './settled';
import { serveDirectory, stopServer } from './static-server';

const dir = '.scratch/e2e-contributions';
const contentDir = join(dir, 'content');
const outDir = join(dir, 'dist');
const reviewer = 'Test Reviewer (test data)';
const today = isoToday();
const received = ['riga-report.json', 'testburg-new-city.json', 'testburg-case.json'];
/** What contribution:add said each file would change, in the order they were added. */
const said: ModelChanges[] = [];
let server: Server | undefined;
let root = '';

beforeAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  cpSync('content', contentDir, { recursive: true });
  for (const file of received) {
    const result = addContribution(join('tests/fixtures/contributions/received', file), {
      contentDir,
      reviewer,
      today,
    });
    if (!result.ok) throw new Error(`${file} was not accepted: ${JSON.stringify(result.problems)}`);
    said.push(result.model);
  }
  await buildSite(outDir, { SCL_CONTENT_DIR: contentDir, SCL_CACHE_DIR: join(dir, 'cache') });
  const served = await serveDirectory(outDir);
  server = served.server;
  root = served.url;
}, 240_000);
afterAll(() => stopServer(server));

const read = (file: string) => readFileSync(join(outDir, file), 'utf8');
/** The pages contributions add or change, in each language. */
const changedPages = [
  'cities/riga/',
  'cities/barcelona/',
  'cities/testburg/',
  'cities/',
  'cities/latest/',
  'cases/testburg-open-data-portal/',
  'findings/',
  'framework/services/',
  'contribute/',
  'self-assessment/',
];

interface NextStepsFile {
  entries: { evidence: 'paper' | 'latest'; city: string; characteristic: string; teacher: string; kind: string }[];
}
const entryKey = (e: { characteristic: string; teacher: string; kind: string }, learner: string) =>
  `${learner} ${e.characteristic} ${e.teacher} ${e.kind}`;

describe('a site with reviewed contributions (test data)', () => {
  test('is valid HTML where contributions show, and links only to what exists', async () => {
    const validator = new HtmlValidate({ extends: ['html-validate:recommended'] });
    const problems: string[] = [];
    for (const path of languages.flatMap((lang) => changedPages.map((p) => `${lang}/${p}`))) {
      const report = await validator.validateString(read(`${path}index.html`), path);
      for (const m of report.results.flatMap((r) => r.messages)) problems.push(`${path}: ${m.ruleId}: ${m.message}`);
    }
    expect(problems).toEqual([]);
    expect(brokenLinks(outDir)).toEqual([]);
  });

  test.for(languages.flatMap((lang) => changedPages.map((path) => `/${lang}/${path}`)))(
    '%s has no axe violation',
    async (path, { site, page }) => {
      site.allowTestServer(root);
      await page.goto(`${root}${path}`);
      expect(await accessibilityViolations(page)).toEqual([]);
    },
  );

  test('changes learn-next-from exactly as contribution:add said, and keeps the paper-only entries as they were', () => {
    const { entries } = JSON.parse(read('data/next-steps.json')) as NextStepsFile;
    const keys = (evidence: 'paper' | 'latest') =>
      new Set(entries.filter((e) => e.evidence === evidence).map((e) => entryKey(e, e.city)));
    // The paper's evidence alone gives what the site without contributions gives.
    const before = siteModel(validateContent('content', '.', { today }).content);
    const paperOnly = new Set(
      [...before.learnFrom].flatMap(([learner, list]) => list.map((e) => entryKey(e, learner))),
    );
    expect(keys('paper')).toEqual(paperOnly);
    // Each file's gains and losses, applied in turn to the paper's entries, give the latest ones.
    const expected = new Set(paperOnly);
    for (const change of said) {
      for (const e of change.lost) expected.delete(entryKey(e, e.learner));
      for (const e of change.gained) expected.add(entryKey(e, e.learner));
    }
    expect(said[0].gained.some((e) => e.teacher === 'riga')).toBe(true);
    expect(keys('latest')).toEqual(expected);
  });

  test('levels.csv and assessments.json say which reading every row is, with its date and review', () => {
    const rows = parseCsv(read('data/levels.csv').replace(/^\uFEFF/, ''));
    const [head, ...body] = rows;
    const row = (city: string, characteristic: string, reading: string) => {
      const found = body.find(
        (r) =>
          r[head.indexOf('city')] === city &&
          r[head.indexOf('characteristic')] === characteristic &&
          r[head.indexOf('reading')] === reading,
      );
      return found && Object.fromEntries(head.map((h, i) => [h, found[i]]));
    };
    expect(row('riga', 'strategy', 'paper')).toMatchObject({ reading_date: '2014', report: '', level: 'not-assessed' });
    expect(row('riga', 'strategy', 'city-report')).toMatchObject({
      reading_date: '2026-03-01',
      report: 'riga/2026-03-01',
      reviewer,
      reviewed_on: today,
      level: 'average',
    });
    // A city the paper does not name has its report's reading only.
    expect(row('testburg', 'services', 'paper')).toBeUndefined();
    expect(row('testburg', 'services', 'city-report')).toMatchObject({ report: 'testburg/2026-02-15' });

    const { assessments } = JSON.parse(read('data/assessments.json')) as {
      assessments: { city: string; reading: { source: string; asOf: number | string; review?: unknown } }[];
    };
    const riga = assessments.filter((a) => a.city === 'riga').map((a) => a.reading);
    expect(riga).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ source: 'paper', asOf: 2014 }),
        expect.objectContaining({ source: 'city-report', asOf: '2026-03-01' }),
      ]),
    );
  });

  test.for(languages)(
    '(%s) a city page shows its report apart from the paper, newest first, with a chart and a table',
    async (lang, { site, page }) => {
      site.allowTestServer(root);
      await page.goto(`${root}/${lang}/cities/riga/`);
      const readings = page.getByTestId('readings');
      expect(await readings.locator('li[data-reading]').evaluateAll((l) => l.map((e) => e.dataset.reading))).toEqual([
        'riga/2026-03-01',
        'paper',
      ]);
      const report = page.locator('#report-2026-03-01');
      expect(await report.textContent()).toContain(
        t(lang, 'readings.reviewedOn', { reviewer, date: dateText(lang, today) }),
      );
      expect(await report.textContent()).toContain('Test office (test data)');
      // The chart is drawn at build time, and the same levels are in a table.
      expect(await readings.locator('svg').count()).toBeGreaterThan(0);
      const strategy = page.getByTestId('levels-over-time-table').locator('tr[data-characteristic="strategy"]');
      expect(await strategy.locator('td[data-reading="paper"]').textContent()).toBe(t(lang, 'level.not-assessed'));
      expect(await strategy.locator('td[data-reading="riga/2026-03-01"]').textContent()).toBe(t(lang, 'level.average'));
      // The paper's ratings keep to the paper: Riga is not assessed there.
      expect(
        await page.getByTestId('city-levels').locator('tbody tr').first().locator('td').first().textContent(),
      ).toBe(t(lang, 'level.not-assessed'));
    },
  );

  test.for(languages)(
    '(%s) learn next from names a reported teacher with whose evidence and of when, gone with "the paper only"',
    async (lang, { site, page }) => {
      site.allowTestServer(root);
      await page.goto(`${root}/${lang}/cities/barcelona/`);
      const latest = page.getByTestId('next-steps').locator('[data-evidence="latest"]');
      const paper = page.getByTestId('next-steps').locator('[data-evidence="paper"]');
      const riga = latest.locator('li[data-characteristic="strategy"] li[data-peer="riga"]');
      expect(await riga.isVisible()).toBe(true);
      expect(await riga.locator('.citation').first().textContent()).toContain(
        t(lang, 'readings.reportedProof', { date: monthOf(lang, '2026-03-01') }),
      );
      expect(await riga.locator('a').first().getAttribute('href')).toBe(`/${lang}/cities/riga/#report-2026-03-01`);
      expect(await paper.isVisible()).toBe(false);

      await check(page.getByLabel(t(lang, 'readings.evidencePaper')));
      expect(await latest.isVisible()).toBe(false);
      expect(await paper.isVisible()).toBe(true);
      expect(await paper.locator('li[data-peer="riga"]').count()).toBe(0);
      expect(await paper.locator('li[data-peer]').count()).toBeGreaterThan(0);
      // Balance and exchange partners follow the same choice: one set of them shows at a time.
      const balance = page.getByTestId('balance');
      expect(await balance.locator('[data-evidence="paper"]').isVisible()).toBe(true);
      expect(await balance.locator('[data-evidence="latest"]').isVisible()).toBe(false);
      await check(page.getByLabel(t(lang, 'readings.evidenceAll')));
      expect(await balance.locator('[data-evidence="latest"]').isVisible()).toBe(true);
      expect(await balance.locator('[data-evidence="paper"]').isVisible()).toBe(false);
    },
  );

  test.for(languages)(
    '(%s) the self-assessment learns from the reported city too, and keeps to the paper when asked',
    async (lang, { site, page }) => {
      site.allowTestServer(root);
      await page.goto(`${root}/${lang}/self-assessment/`);
      await check(page.locator('input[name="strategy.basic.vision-linked"][value=yes]'));
      await check(page.locator('input[name="strategy.basic.ict-strategy"][value=yes]'));
      const strategy = page.locator('[data-next-steps] li[data-characteristic="strategy"]');
      const riga = strategy.locator('li[data-peer="riga"]');
      await riga.waitFor();
      expect(await riga.locator('.citation').first().textContent()).toContain(
        t(lang, 'readings.reportedProof', { date: monthOf(lang, '2026-03-01') }),
      );
      expect(await riga.locator('a').first().getAttribute('href')).toBe(`/${lang}/cities/riga/#report-2026-03-01`);

      await check(page.getByLabel(t(lang, 'readings.evidencePaper')));
      await expect.poll(() => riga.count()).toBe(0);
      expect(await strategy.locator('li[data-peer]').count()).toBeGreaterThan(0);
      expect(await strategy.textContent()).not.toContain(
        t(lang, 'readings.reportedProof', { date: monthOf(lang, '2026-03-01') }),
      );
      // The choice is not an answer: the link stays the same.
      const link = page.url();
      await check(page.getByLabel(t(lang, 'readings.evidenceAll')));
      await riga.waitFor();
      expect(page.url()).toBe(link);
    },
  );

  test.for(languages)(
    '(%s) the cities matrix says which reading it shows, and offers the latest',
    async (lang, { site, page }) => {
      site.allowTestServer(root);
      await page.goto(`${root}/${lang}/cities/`);
      const notice = page.getByTestId('reading-shown');
      expect(await notice.textContent()).toContain(t(lang, 'readings.whichPaper'));
      // A city the paper does not name has no reading of the paper.
      expect(await page.locator('[data-matrix] a[href$="/cities/testburg/"]').count()).toBe(0);
      await notice.getByRole('link', { name: t(lang, 'readings.chooseLatest') }).click();
      await page.waitForURL(/\/cities\/latest\//);
      expect(await page.getByTestId('reading-shown').textContent()).toContain(t(lang, 'readings.whichLatest'));
      const rigaRow = page.locator('[data-matrix] tr', { has: page.locator('a[href$="/cities/riga/"]') });
      expect(await rigaRow.textContent()).toContain(
        t(lang, 'readings.reportShort', { date: dateText(lang, '2026-03-01') }),
      );
      expect(await page.locator('[data-matrix] a[href$="/cities/testburg/"]').count()).toBe(1);
    },
  );

  test.for(languages)(
    "(%s) the findings and the framework say they show the paper's reading, and offer the latest",
    async (lang, { site, page }) => {
      site.allowTestServer(root);
      for (const path of ['findings/', 'framework/services/']) {
        await page.goto(`${root}/${lang}/${path}`);
        const shown = page.locator('[data-reading-shown="paper"]');
        expect(await shown.textContent()).toContain(t(lang, 'readings.whichPaper'));
        expect(await shown.getByRole('link').getAttribute('href')).toBe(`/${lang}/cities/latest/#matrix-title`);
      }
      // Testburg's report rates its services, but the framework's rungs are the paper's reading.
      expect(await page.locator('main a[href*="/cities/testburg/"]').count()).toBe(0);
    },
  );

  test.for(languages)(
    '(%s) /contribute/ lists the reviewed reports, newest first, and the case from another source',
    async (lang, { site, page }) => {
      site.allowTestServer(root);
      await page.goto(`${root}/${lang}/contribute/`);
      expect(await page.getByTestId('no-contributions').count()).toBe(0);
      const reports = page.getByTestId('reports-so-far').locator('li');
      expect(await reports.evaluateAll((l) => l.map((e) => e.dataset.report))).toEqual([
        'riga/2026-03-01',
        'testburg/2026-02-15',
      ]);
      expect(await reports.first().getByRole('link').getAttribute('href')).toBe(
        `/${lang}/cities/riga/#report-2026-03-01`,
      );
      expect(await reports.first().textContent()).toContain(reviewer);
      expect(
        await page
          .getByTestId('cases-so-far')
          .locator('li')
          .evaluateAll((l) => l.map((e) => e.dataset.case)),
      ).toEqual(['testburg-open-data-portal']);
    },
  );

  test.for(languages)(
    '(%s) a city the paper does not name, and a case from another source, say where they come from',
    async (lang, { site, page }) => {
      site.allowTestServer(root);
      await page.goto(`${root}/${lang}/cities/testburg/`);
      expect(await page.locator('.facts').first().textContent()).toContain(t(lang, 'role.contributed'));
      expect(await page.getByTestId('readings').textContent()).toContain(t(lang, 'readings.noPaper'));
      // No paper ratings for a city the paper does not name.
      expect(await page.locator('#ratings').count()).toBe(0);

      await page.goto(`${root}/${lang}/cases/testburg-open-data-portal/`);
      const source = page.getByTestId('case-source');
      expect(await source.textContent()).toContain(t(lang, 'caseSource.lead'));
      expect(await source.textContent()).toContain('https://example.org/test-data/testburg-open-data-plan');
      expect(await source.textContent()).toContain(t(lang, 'licence.CC-BY-4.0'));
      // A case of the paper shows no such block.
      await page.goto(`${root}/${lang}/cases/seoul-oasis/`);
      expect(await page.getByTestId('case-source').count()).toBe(0);
    },
  );

  test.for(languages)(
    '(%s) compare states the reading compared, shows the report beside the paper, and keeps to the paper when asked',
    async (lang, { site, page }) => {
      site.allowTestServer(root);
      await page.goto(`${root}/${lang}/compare/?cities=barcelona,riga,testburg`);
      const reading = page.locator('[data-compare-context] tr[data-row=reading] td');
      await reading.first().waitFor();
      expect(await page.locator('[data-compare-reading]').textContent()).toBe(t(lang, 'readings.whichLatest'));
      const readings = await reading.allTextContents();
      expect(readings[0]).toBe(t(lang, 'readings.paper'));
      expect(readings[1]).toContain(t(lang, 'readings.report', { date: dateText(lang, '2026-03-01') }));
      expect(readings[1]).toContain(t(lang, 'readings.reviewedOn', { reviewer, date: dateText(lang, today) }));
      // Barcelona learns its strategy from Riga's reviewed report, with whose evidence and of when.
      const fromRiga = page.locator('[data-learner=barcelona] li[data-characteristic=strategy] [data-peer=riga]');
      expect(await fromRiga.count()).toBe(1);
      expect(await page.locator('[data-learner=barcelona] [data-evidence-of=riga]').first().textContent()).toContain(
        t(lang, 'readings.reportedProof', { date: monthOf(lang, '2026-03-01') }),
      );
      expect(await accessibilityViolations(page)).toEqual([]);

      await check(page.getByLabel(t(lang, 'readings.evidencePaper')));
      await expect
        .poll(() => page.locator('[data-compare-reading]').textContent())
        .toBe(t(lang, 'readings.whichPaper'));
      const paperReadings = await reading.allTextContents();
      expect(paperReadings[1]).toBe(t(lang, 'readings.paper'));
      // Testburg is not in the paper: by the paper alone it has no reading, and nothing of it is assessed.
      expect(paperReadings[2]).toBe('–');
      expect(
        await page
          .locator('[data-compare-levels] tbody td:nth-child(4)')
          .evaluateAll((cells) => cells.map((c) => c.getAttribute('data-level'))),
      ).toEqual(Array(8).fill('not-assessed'));
      expect(await fromRiga.count()).toBe(0);
      // The choice of evidence is not part of the link.
      expect(new URL(page.url()).search).toBe('?cities=barcelona,riga,testburg');
    },
  );
});
