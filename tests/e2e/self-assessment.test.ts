import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { accessibilityViolations } from './axe';
import { test } from './fixtures';

const levelOf = (page: Page, id: string) => page.locator(`[data-level-for="${id}"]`).textContent();

async function answerGovernanceUpToAverage(page: Page) {
  await page.locator('input[name="governance.basic.departmental"][value=yes]').check();
  await page.locator('input[name="governance.average.cross-departmental"][value=yes]').check();
}

describe('self-assessment', () => {
  test('computes levels and peers as criteria are answered', async ({ site, page }) => {
    await site.goto('/en/self-assessment/');
    expect(await levelOf(page, 'governance')).toBe('Not assessed');
    await page.locator('input[name="governance.basic.departmental"][value=yes]').check();
    expect(await levelOf(page, 'governance')).toBe('Basic, possibly State-of-the-art');
    // One rung up from Basic is Average: Ningbo and Barcelona are proven there.
    const peers = page.locator('[data-peers] [data-characteristic=governance] [data-peer]');
    expect(await peers.evaluateAll((p) => p.map((x) => (x as HTMLElement).dataset.peer))).toEqual(
      expect.arrayContaining(['ningbo', 'barcelona']),
    );
    // Each peer says why it is similar and on how much data.
    expect(await peers.first().textContent()).toContain('characteristics assessed in both: 1');
    // and links the peer's own cases for this characteristic.
    expect(
      await page
        .locator(
          '[data-peers] [data-characteristic=governance] [data-peer=ningbo] a[href="/en/cases/ningbo-leadership-structure/"]',
        )
        .count(),
    ).toBe(1);
    await page.locator('select[data-context=region]').selectOption('cn');
    expect(await peers.first().textContent()).toContain('same region');
    await page.locator('input[name="governance.average.cross-departmental"][value=no]').check();
    expect(await levelOf(page, 'governance')).toBe('Basic');
    const cells = await page
      .locator('[data-testid="ladder-chart"] g[data-characteristic=governance] rect')
      .evaluateAll((r) => r.map((x) => x.getAttribute('data-state')));
    expect(cells).toEqual(['proven', 'open', 'open', 'open']);
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  test('reproduces the same answers and notes from the link in a new page', async ({ site, page }) => {
    await site.goto('/zh/self-assessment/');
    await answerGovernanceUpToAverage(page);
    await page.locator('details.self-note summary').first().click();
    await page.locator('textarea[name="note:strategy.basic.vision-linked"]').fill('愿景写入了城市总体规划');
    await expect.poll(() => page.url()).toContain('.ey');
    const link = page.url();
    // A fresh context, so the answers can only come from the link, not from the browser's storage.
    const fresh = await site.openAnother();
    await fresh.page.goto(link);
    expect(await levelOf(fresh.page, 'governance')).toBe(await levelOf(page, 'governance'));
    expect(await fresh.page.locator('textarea[name="note:strategy.basic.vision-linked"]').inputValue()).toBe(
      '愿景写入了城市总体规划',
    );
  });

  test('round-trips through export and import', async ({ site, page }) => {
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
    await page
      .locator('[data-import]')
      .setInputFiles({ name: 'mine.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
    await expect.poll(() => levelOf(page, 'governance')).toBe('Average, possibly State-of-the-art');
    expect(await page.locator('[data-city]').inputValue()).toBe('Testville');
    const tampered = { ...file, criteria: [{ criterion: 'governance.basic.departmental', status: 'maybe' }] };
    await page
      .locator('[data-import]')
      .setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(tampered)) });
    await expect
      .poll(() => page.locator('[data-message]').textContent())
      .toContain('could not be imported (criteria[0].status');
    expect(await levelOf(page, 'governance')).toBe('Average, possibly State-of-the-art');
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
    await page.locator('input[name="strategy.basic.vision-linked"][value=yes]').check();
    expect(await levelOf(page, 'strategy')).toBe('No rung proven; possibly up to State-of-the-art');
    await page.locator('input[name="strategy.basic.ict-strategy"][value=yes]').check();
    expect(await levelOf(page, 'strategy')).toBe('Basic, possibly State-of-the-art');
  });
});

describe('self-assessment roadmap, CSV and comparison', () => {
  test('draws a roadmap to the target, exports CSV, and compares with an earlier export', async ({ site, page }) => {
    await site.goto('/en/self-assessment/');
    await page.locator('input[name="governance.basic.departmental"][value=yes]').check();
    const [earlier] = await Promise.all([page.waitForEvent('download'), page.locator('[data-export]').click()]);
    const earlierFile = readFileSync(await earlier.path());

    await page.locator('select[name="target:governance"]').selectOption('3');
    const roadmap = page.locator('[data-roadmap]');
    await expect.poll(() => roadmap.textContent()).toContain('Average');
    expect(await roadmap.textContent()).toContain('cross-department structure');
    expect(await roadmap.locator('a[href="/en/cities/ningbo/#governance"]').count()).toBe(1);

    await page.locator('input[name="governance.average.cross-departmental"][value=yes]').check();
    const [csv] = await Promise.all([page.waitForEvent('download'), page.locator('[data-export-csv]').click()]);
    const rows = readFileSync(await csv.path(), 'utf8').split('\r\n');
    expect(rows[0]).toBe('criterion,text,answer,note');
    expect(rows.find((r) => r.startsWith('governance.average.cross-departmental,'))).toContain(',yes');

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

  test.for(['en', 'zh'])('prints a one-page A4 report in %s, with a long roadmap', async (lang, { site, page }) => {
    await site.goto(`/${lang}/self-assessment/`);
    // Answers across every characteristic, and targets four and three rungs up: a roadmap of seven rungs.
    const yes = page.locator('input[value=yes]');
    const count = await yes.count();
    expect(count).toBeGreaterThan(0);
    for (let i = 0; i < count; i += 3) await yes.nth(i).check();
    await page.locator('[data-city]').fill('Testville');
    await page.locator('select[name="target:strategy"]').selectOption('4');
    await page.locator('select[name="target:governance"]').selectOption('3');
    await expect.poll(() => page.locator('[data-roadmap] .roadmap-step').count()).toBe(2);
    const pdf = (await page.pdf({ format: 'A4' })).toString('latin1');
    expect(pdf.match(/\/Type\s*\/Page[^s]/g)?.length).toBe(1);
  });
});
