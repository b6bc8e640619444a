import { readFileSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { t } from '../../src/i18n';
import { accessibilityViolations } from './axe';
import { test } from './fixtures';
import { check, click } from './settled';

const levelOf = (page: Page, id: string) => page.locator(`[data-level-for="${id}"]`).textContent();
const chartCells = (page: Page, id: string) =>
  page
    .locator(`[data-testid="ladder-chart"] g[data-characteristic=${id}] rect`)
    .evaluateAll((r) => r.map((x) => x.getAttribute('data-state')));
const answer = (page: Page, criterion: string, value: 'yes' | 'no' | 'unknown') =>
  check(page.locator(`input[name="${criterion}"][value=${value}]`));

/**
 * Clicks each control (or each `every`-th) in the page, one after the other in one go: the page answers every click as it answers a
 * reader's (the same click, input and change events). For the tests that answer dozens of criteria to reach a score;
 * answering one by one with real pointer clicks, as a reader does, is what `answer` and the tests using it do.
 */
const clickEach = (controls: Locator, every = 1) =>
  controls.evaluateAll(
    (all, step) => all.forEach((control, i) => i % step === 0 && (control as HTMLInputElement).click()),
    every,
  );

async function answerGovernanceUpToAverage(page: Page) {
  await answer(page, 'governance.basic.departmental', 'yes');
  await answer(page, 'governance.average.cross-departmental', 'yes');
}

const ratedCharacteristics = [
  'strategy',
  'stakeholders',
  'governance',
  'funding',
  'value-assessment',
  'business-model',
  'ict-infrastructure',
  'services',
];

describe('self-assessment', () => {
  test('computes levels and whom to learn from as criteria are answered', async ({ site, page }) => {
    await site.goto('/en/self-assessment/');
    expect(await levelOf(page, 'governance')).toBe('Not assessed');
    await answer(page, 'governance.basic.departmental', 'yes');
    expect(await levelOf(page, 'governance')).toBe('Basic, possibly State-of-the-art');
    // Learn next from: towards Average, first the cities proven there whose evidence shows what it needs.
    const governance = page.locator('[data-next-steps] li[data-characteristic=governance]');
    expect(await governance.locator('h3').textContent()).toBe('Governance: towards Average');
    const teachers = governance.locator('li[data-peer]');
    expect(await teachers.evaluateAll((p) => p.map((x) => (x as HTMLElement).dataset.peer))).toEqual(
      expect.arrayContaining(['ningbo', 'barcelona']),
    );
    // Each says on how much data its similarity rests, and links its own cases for this characteristic.
    expect(await teachers.first().textContent()).toContain('on context only');
    expect(
      await governance.locator('li[data-peer=ningbo] a[href="/en/cases/ningbo-leadership-structure/"]').count(),
    ).toBe(1);
    await answer(page, 'governance.average.cross-departmental', 'no');
    expect(await levelOf(page, 'governance')).toBe('Basic');
    expect(await chartCells(page, 'governance')).toEqual(['proven', 'open', 'open', 'open']);
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  test('reproduces the same answers and notes from the link in a new page', async ({ site, page }) => {
    await site.goto('/zh/self-assessment/');
    await answerGovernanceUpToAverage(page);
    // The note's box is made when the note is opened, named by the note and its question.
    expect(await page.locator('textarea').count()).toBe(0);
    await page.locator('details.self-note summary').first().click();
    const box = page.locator('textarea[name="note:strategy.basic.vision-linked"]');
    await box.fill('愿景写入了城市总体规划');
    const question = await page.locator('#q-strategy--basic--vision-linked').textContent();
    const summary = await page.locator('details.self-note summary').first().textContent();
    expect(await box.getAttribute('aria-label')).toBe(`${summary?.trim()}: ${question}`);
    await expect.poll(() => page.url()).toContain('.ey');
    const link = await page.evaluate(() => location.href);
    // A fresh context, so the answers can only come from the link, not from the browser's storage.
    const fresh = await site.openAnother();
    await fresh.page.goto(link);
    expect(await levelOf(fresh.page, 'governance')).toBe(await levelOf(page, 'governance'));
    expect(await fresh.page.locator('textarea[name="note:strategy.basic.vision-linked"]').inputValue()).toBe(
      '愿景写入了城市总体规划',
    );
  });

  test('round-trips through export and import, loading the schema check only then', async ({ site, page }) => {
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });
    await site.goto('/en/self-assessment/');
    await answerGovernanceUpToAverage(page);
    await page.locator('[data-city]').fill('Testville');
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-export]').click()]);
    const file = JSON.parse(readFileSync(await download.path(), 'utf8')) as Record<string, unknown>;
    expect(file).toMatchObject({ kind: 'self-assessment', city: 'Testville' });
    // The file is an assessment under the schema the site publishes for contributions.
    const schema: unknown = await (await page.request.get(site.url('/data/assessment.schema.json'))).json();
    expect(JSON.stringify(schema)).toContain('"self-assessment"');
    await page.locator('[data-clear]').click();
    expect(await levelOf(page, 'governance')).toBe('Not assessed');
    expect(await page.locator('[data-city]').inputValue()).toBe('');
    const beforeImport = scripts.length;
    await page
      .locator('[data-import]')
      .setInputFiles({ name: 'mine.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
    await expect.poll(() => levelOf(page, 'governance')).toBe('Average, possibly State-of-the-art');
    expect(await page.locator('[data-city]').inputValue()).toBe('Testville');
    // The module with the schema (and zod) came with the first file, not with the page.
    expect(scripts.slice(beforeImport).length).toBeGreaterThan(0);
    expect(scripts.slice(0, beforeImport).some((s) => s.includes('self-assessment-file'))).toBe(false);
    const tampered = { ...file, criteria: [{ criterion: 'governance.basic.departmental', status: 'maybe' }] };
    await page
      .locator('[data-import]')
      .setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(tampered)) });
    // File, field and reason.
    await expect
      .poll(() => page.locator('[data-message]').textContent())
      .toContain('bad.json could not be imported (criteria[0].status: "maybe" is not one of');
    expect(await levelOf(page, 'governance')).toBe('Average, possibly State-of-the-art');
    await page
      .locator('[data-import]')
      .setInputFiles({ name: 'notes.txt', mimeType: 'application/json', buffer: Buffer.from('not json') });
    await expect
      .poll(() => page.locator('[data-message]').textContent())
      .toContain('notes.txt could not be imported (the file is not valid JSON)');
  });

  test('explains a tampered link, keeps earlier answers and stays usable', async ({ site, page }) => {
    await site.goto('/en/self-assessment/');
    await answerGovernanceUpToAverage(page);
    await site.goto('/en/self-assessment/#s=v1.yyxq');
    await page.reload();
    const message = page.locator('[data-message]');
    expect(await message.isVisible()).toBe(true);
    expect(await message.textContent()).toContain('could not be read');
    expect(await levelOf(page, 'governance')).toBe('Average, possibly State-of-the-art');
    await answer(page, 'strategy.basic.vision-linked', 'yes');
    expect(await levelOf(page, 'strategy')).toBe('No rung proven; possibly up to State-of-the-art');
    await answer(page, 'strategy.basic.ict-strategy', 'yes');
    expect(await levelOf(page, 'strategy')).toBe('Basic, possibly State-of-the-art');
  });

  test.for(['en', 'zh'] as const)(
    'keeps what was answered before its script ran, on top of what the browser remembered (%s)',
    async (lang, { site, page }) => {
      const basic = t(lang, 'level.range', {
        level: t(lang, 'level.basic'),
        possible: t(lang, 'level.state-of-the-art'),
      });
      // Remembered from an earlier visit: funding at Basic.
      await site.goto(`/${lang}/self-assessment/`);
      await answer(page, 'funding.basic.pilot-funding', 'yes');
      await answer(page, 'funding.basic.spending-monitoring', 'yes');
      expect(await levelOf(page, 'funding')).toBe(basic);
      // A slow connection: the page's own script arrives only after the reader has answered and typed.
      let release = () => {};
      const held = new Promise<void>((resolve) => (release = resolve));
      let asked = false;
      await page.route(/\/_astro\/self-assessment\.astro_astro_type_script[^/]*\.js$/, async (route) => {
        asked = true;
        await held;
        await route.continue();
      });
      await page.goto('about:blank');
      // Module scripts hold DOMContentLoaded back, so the page is used as soon as its form is there.
      await site.goto(`/${lang}/self-assessment/`, { waitUntil: 'commit' });
      const governanceYes = page.locator('input[name="governance.basic.departmental"][value=yes]');
      await governanceYes.waitFor();
      await answer(page, 'governance.basic.departmental', 'yes');
      await page.locator('select[name="target:governance"]').selectOption('3');
      await page.locator('[data-city]').fill('Early City (test)');
      const note = page.locator('details[data-note-for="governance.basic.departmental"]');
      await click(note.locator('summary'));
      await expect.poll(() => asked).toBe(true);
      release();
      // Once the script has run, the early answers are kept, shown and counted, and the remembered ones too.
      await expect.poll(() => levelOf(page, 'governance')).toBe(basic);
      expect(await levelOf(page, 'funding')).toBe(basic);
      expect(await governanceYes.isChecked()).toBe(true);
      expect(await page.locator('select[name="target:governance"]').inputValue()).toBe('3');
      expect(await page.locator('[data-city]').inputValue()).toBe('Early City (test)');
      // The note opened early has its box, and what is written in it is saved too.
      await note.locator('textarea').fill('Written once the page was ready (test data)');
      // Saved with the rest: a new page from the link has them all.
      const link = await page.evaluate(() => location.href);
      expect(link).toContain('#s=');
      await page.unrouteAll();
      await page.goto('about:blank');
      await page.goto(link);
      expect(await levelOf(page, 'governance')).toBe(basic);
      expect(await levelOf(page, 'funding')).toBe(basic);
      expect(await page.locator('[data-city]').inputValue()).toBe('Early City (test)');
      expect(await note.locator('textarea').inputValue()).toBe('Written once the page was ready (test data)');
    },
  );
});

describe('self-assessment of a city outside the paper', () => {
  test.for(['en', 'zh'] as const)(
    'names in %s whom to learn from, with criterion, evidence, citation and case, and a roadmap to examples',
    async (lang, { site, page }) => {
      await site.goto(`/${lang}/self-assessment/`);
      await page.locator('[data-city]').fill(lang === 'en' ? 'Testville' : '测试市');
      await page.locator('select[data-context=region]').selectOption('eu');
      await page.locator('select[data-context=adminLevel]').selectOption('city');
      await page.locator('select[data-context=districtType]').selectOption('existing');
      // Three characteristics answered: governance and funding at Basic, services not yet past its first services.
      await answer(page, 'governance.basic.departmental', 'yes');
      await answer(page, 'funding.basic.pilot-funding', 'yes');
      await answer(page, 'funding.basic.spending-monitoring', 'yes');
      await answer(page, 'funding.average.scale-up-plan', 'no');
      await answer(page, 'services.basic.first-services', 'yes');
      await page.locator('select[name="target:governance"]').selectOption('3');
      await page.locator('select[name="target:funding"]').selectOption('2');
      await page.locator('select[name="target:services"]').selectOption('3');

      const steps = page.locator('[data-next-steps] li[data-characteristic]');
      // The cities' file is fetched on the first answer: wait for the report it makes, not for a fixed time.
      await expect
        .poll(() => steps.evaluateAll((s) => s.map((x) => (x as HTMLElement).dataset.characteristic)))
        .toEqual(['governance', 'funding', 'services']);
      const lessons = page.locator('[data-next-steps] li[data-peer]');
      expect(await lessons.count()).toBeGreaterThan(2);
      for (const lesson of await lessons.all()) {
        // Every entry shows a criterion with the paper's evidence and its citation.
        const proof = lesson.locator('li[data-criterion]').first();
        expect((await proof.locator('strong').textContent())?.length).toBeGreaterThan(5);
        const evidence = await proof.evaluate((li) => li.lastChild?.previousSibling?.textContent ?? '');
        expect(evidence).toMatch(/^(Evidence: |证据：).{10,}/);
        expect(await proof.locator('.citation').textContent()).toMatch(
          /Chapter|Box|Table|Annex|Footnote|章|专栏|表|附件|脚注/,
        );
      }
      // and the cases of the cities to learn from.
      expect(await page.locator(`[data-next-steps] li[data-peer] a[href^="/${lang}/cases/"]`).count()).toBeGreaterThan(
        0,
      );

      // The roadmap: each characteristic with a target, the criteria still needed, and the cases that show them.
      const roadmap = page.locator('[data-roadmap] .roadmap-step');
      expect(await roadmap.evaluateAll((s) => s.map((x) => (x as HTMLElement).dataset.characteristic))).toEqual([
        'governance',
        'funding',
        'services',
      ]);
      const needed = page.locator('[data-roadmap] li[data-criterion="governance.average.cross-departmental"]');
      expect(await needed.locator(`a[href^="/${lang}/cases/"]`).count()).toBeGreaterThan(0);
      const href = (await needed.locator('a').first().getAttribute('href'))!;
      expect((await page.request.get(site.url(href))).ok()).toBe(true);

      // Balance, and exchange partners across the EU and China, since the context names the EU.
      expect(await page.locator('[data-balance] h3').textContent()).toMatch(/Exchange partners|交流/);
      expect(await accessibilityViolations(page)).toEqual([]);
    },
  );
});

describe('self-assessment of a top city', () => {
  test.for(['en', 'zh'] as const)(
    'scores State-of-the-art in %s on all eight rated characteristics when every criterion is met',
    async (lang, { site, page }) => {
      await site.goto(`/${lang}/self-assessment/`);
      // As a top city truthfully answers: all ICT shared, business models that outlast the pilot, citizens
      // designing services, and every other criterion met.
      await clickEach(page.locator('input[type=radio][value=yes]'));
      for (const criterion of [
        'ict-infrastructure.more-advanced.all-shared',
        'business-model.more-advanced.beyond-pilot',
        'stakeholders.more-advanced.citizens-co-design',
      ])
        expect(await page.locator(`input[name="${criterion}"][value=yes]`).isChecked()).toBe(true);
      const top = lang === 'en' ? 'State-of-the-art' : '最成熟';
      for (const id of ratedCharacteristics) {
        expect(await levelOf(page, id), id).toBe(top);
        expect(await chartCells(page, id)).toEqual(['proven', 'proven', 'proven', 'proven']);
      }
      // Once the cities' evidence has been compared (it is fetched on the first answer): nothing left to climb.
      await expect.poll(() => page.locator('[data-next-steps]').textContent()).toMatch(/top rung|最高/);
      expect(await page.locator('[data-next-steps] li[data-characteristic]').count()).toBe(0);
    },
  );
});

describe('self-assessment roadmap, CSV and comparison', () => {
  test('draws a roadmap to the target, exports CSV, and compares with an earlier export', async ({ site, page }) => {
    await site.goto('/en/self-assessment/');
    await answer(page, 'governance.basic.departmental', 'yes');
    const [earlier] = await Promise.all([page.waitForEvent('download'), page.locator('[data-export]').click()]);
    const earlierFile = readFileSync(await earlier.path());

    await page.locator('select[name="target:governance"]').selectOption('3');
    const roadmap = page.locator('[data-roadmap]');
    await expect.poll(() => roadmap.textContent()).toContain('Average');
    expect(await roadmap.textContent()).toContain('cross-department structure');
    expect(await roadmap.locator('a[href="/en/cities/ningbo/#governance"]').count()).toBe(1);

    await answer(page, 'governance.average.cross-departmental', 'yes');
    const [csv] = await Promise.all([page.waitForEvent('download'), page.locator('[data-export-csv]').click()]);
    const rows = readFileSync(await csv.path(), 'utf8').split('\r\n');
    // A byte-order mark first, so spreadsheet programs read a Chinese export as UTF-8.
    expect(rows[0]).toBe('\uFEFFcharacteristic,level,possible_level,level_text,criterion,text,answer,note');
    expect(rows.find((r) => r.includes(',governance.average.cross-departmental,'))).toMatch(
      /^governance,average,state-of-the-art,"Average, possibly State-of-the-art",.*,yes,$/,
    );

    await page
      .locator('[data-compare]')
      .setInputFiles({ name: 'earlier.json', mimeType: 'application/json', buffer: earlierFile });
    const comparison = page.locator('[data-comparison]');
    await expect.poll(() => comparison.textContent()).toContain('Answers changed: 1');
    const governance = comparison.locator('tr', { hasText: 'Governance' });
    expect(await governance.locator('td').allTextContents()).toEqual([
      'Basic, possibly State-of-the-art',
      'Average, possibly State-of-the-art',
    ]);
    await page.locator('[data-compare]').setInputFiles({
      name: 'city.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"kind":"paper-reading"}'),
    });
    await expect
      .poll(() => page.locator('[data-message]').textContent())
      .toContain("city.json could not be imported (this is the site's reading of the white paper");

    // The printed report names the city, shows levels and roadmap, and leaves the form out.
    await page.locator('[data-city]').fill('Testville');
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('[data-print-city]').textContent()).toBe('Name of your city: Testville');
    expect(await page.locator('[data-print-city]').isVisible()).toBe(true);
    expect(await page.locator('[data-self-form]').isVisible()).toBe(false);
    expect(await page.locator('[data-testid="self-levels"]').isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });
    expect(await page.locator('[data-print-city]').isVisible()).toBe(false);
  });

  test('shows a characteristic with no rung proven in the levels, the chart, the roadmap and the CSV', async ({
    site,
    page,
  }) => {
    await site.goto('/en/self-assessment/');
    await answer(page, 'strategy.average.some-kpis', 'yes');
    await page.locator('select[name="target:strategy"]').selectOption('2');
    const unproven = 'No rung proven; possibly up to State-of-the-art';
    expect(await levelOf(page, 'strategy')).toBe(unproven);
    expect(await chartCells(page, 'strategy')).toEqual(['possible', 'possible', 'possible', 'possible']);
    const step = page.locator('[data-roadmap] .roadmap-step[data-characteristic=strategy]');
    expect(await step.locator('h3').textContent()).toBe(`Smart-city strategy: ${unproven} → Average`);
    expect(await step.locator('h4').allTextContents()).toEqual(['Basic', 'Average']);
    expect(await step.locator('li[data-criterion="strategy.average.some-kpis"]').count()).toBe(0);
    // Learn next from climbs from below Basic.
    expect(await page.locator('[data-next-steps] li[data-characteristic=strategy] h3').textContent()).toBe(
      'Smart-city strategy: towards Basic',
    );
    const [csv] = await Promise.all([page.waitForEvent('download'), page.locator('[data-export-csv]').click()]);
    const rows = readFileSync(await csv.path(), 'utf8').split('\r\n');
    expect(rows.filter((r) => r.startsWith('strategy,'))).toHaveLength(9);
    expect(rows.find((r) => r.includes(',strategy.average.some-kpis,'))).toMatch(
      new RegExp(`^strategy,no-rung-proven,state-of-the-art,${unproven},strategy.average.some-kpis,.*,yes,$`),
    );
  });

  test('"Start again" clears every answer and can be undone until the next change', async ({ site, page }) => {
    await site.goto('/en/self-assessment/');
    await answerGovernanceUpToAverage(page);
    await page.locator('[data-city]').fill('Testville');
    const undo = page.locator('[data-undo-button]');
    expect(await undo.isVisible()).toBe(false);
    await page.locator('[data-clear]').click();
    expect(await levelOf(page, 'governance')).toBe('Not assessed');
    expect(await page.locator('[data-city]').inputValue()).toBe('');
    expect(await page.locator('[data-undo-status]').textContent()).toBe(
      'Every answer, note, target and the city name were cleared.',
    );
    await undo.click();
    expect(await levelOf(page, 'governance')).toBe('Average, possibly State-of-the-art');
    expect(await page.locator('[data-city]').inputValue()).toBe('Testville');
    expect(await page.locator('[data-message]').textContent()).toBe('Your earlier answers are back.');
    expect(await undo.isVisible()).toBe(false);
    // Restored in the link and the browser too: a reload keeps them.
    await page.reload();
    expect(await levelOf(page, 'governance')).toBe('Average, possibly State-of-the-art');
    // Once the form changes after clearing, the old answers are gone for good.
    await page.locator('[data-clear]').click();
    expect(await undo.isVisible()).toBe(true);
    await answer(page, 'strategy.basic.vision-linked', 'yes');
    expect(await undo.isVisible()).toBe(false);
    expect(await levelOf(page, 'governance')).toBe('Not assessed');
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  test.for([
    ['en', /^Printed on \d{1,2} [A-Z][a-z]+ \d{4}$/],
    ['zh', /^打印日期：\d{4}年\d{1,2}月\d{1,2}日$/],
  ] as const)(
    'dates the printed report in %s and leaves the status line off it',
    async ([lang, date], { site, page }) => {
      await site.goto(`/${lang}/self-assessment/`);
      await answerGovernanceUpToAverage(page);
      await page.locator('[data-clear]').click();
      await page.locator('[data-undo-button]').click();
      const status = page.locator('[data-message]');
      expect(await status.isVisible()).toBe(true);
      const printed = page.locator('[data-print-date]');
      expect(await printed.isVisible()).toBe(false);
      await page.emulateMedia({ media: 'print' });
      expect(await printed.isVisible()).toBe(true);
      expect(await printed.textContent()).toMatch(date);
      expect(await printed.textContent()).toContain(String(new Date().getFullYear()));
      expect(await status.isVisible()).toBe(false);
    },
  );

  test.for(['en', 'zh'])('prints a one-page A4 report in %s, with a long roadmap', async (lang, { site, page }) => {
    await site.goto(`/${lang}/self-assessment/`);
    // Answers across every characteristic, and targets four and three rungs up: a roadmap of seven rungs.
    const yes = page.locator('input[value=yes]');
    const count = await yes.count();
    expect(count).toBeGreaterThan(0);
    await clickEach(yes, 3);
    await page.locator('[data-city]').fill('Testville');
    await page.locator('select[data-context=region]').selectOption('cn');
    await page.locator('select[name="target:strategy"]').selectOption('4');
    await page.locator('select[name="target:governance"]').selectOption('3');
    await expect.poll(() => page.locator('[data-roadmap] .roadmap-step').count()).toBe(2);
    expect(await page.locator('[data-next-steps] li[data-characteristic]').count()).toBeGreaterThan(3);
    const pdf = (await page.pdf({ format: 'A4' })).toString('latin1');
    expect(pdf.match(/\/Type\s*\/Page[^s]/g)?.length).toBe(1);
  });
});
