// Issue 20, point 2: "Prepare a city report" on the self-assessment. The answers, notes and form values typed here
// are TEST DATA; the downloaded file goes through `contribution:add` on a temporary copy of content/, never content/.
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { addContribution } from '../../scripts/lib/contribution';
import { accessibilityViolations } from './axe';
import { test } from './fixtures';
import { check, click } from './settled';

const met = 'strategy.basic.vision-linked';
const notMet = 'governance.basic.departmental';
const asOf = '2026-03-01';

async function answerTwo(page: Page) {
  await check(page.locator(`input[name="${met}"][value=yes]`));
  await click(page.locator(`details[data-note-for="${met}"] summary`));
  await page.locator(`textarea[name="note:${met}"]`).fill('Test data: the vision is part of the city plan.');
  await check(page.locator(`input[name="${notMet}"][value=no]`));
}

const source = (page: Page, part: string) => page.locator(`[name="source:${met}:${part}"]`);

async function openForm(page: Page) {
  await click(page.locator('[data-report-details] summary'));
  // The form's script fills the list of sources when it starts: one per criterion answered yes, or a line saying none.
  await page.locator('[data-source-list] > *').first().waitFor();
}

describe('prepare a city report', () => {
  test('loads its script only when opened, says beside each field what is missing, keeps what was typed, and downloads a file contribution:add accepts', async ({
    site,
    page,
  }) => {
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
    });
    await site.goto('/en/self-assessment/');
    await answerTwo(page);
    expect(await page.locator('#prepare-report').isVisible()).toBe(true);
    expect(scripts.some((s) => s.includes('self-assessment-report'))).toBe(false);
    await openForm(page);
    expect(scripts.some((s) => s.includes('self-assessment-report'))).toBe(true);
    // Only the criterion answered yes asks for a source; the one answered no needs none.
    expect(
      await page
        .locator('fieldset[data-criterion]')
        .evaluateAll((f) => f.map((x) => (x as HTMLElement).dataset.criterion)),
    ).toEqual([met]);

    // Nothing filled in: a summary at the top, and each message beside its field.
    await click(page.locator('[data-report-form] button[type=submit]'));
    const summary = page.locator('[data-report-summary]');
    expect(await summary.isVisible()).toBe(true);
    expect(await summary.textContent()).toContain('The report cannot be made yet');
    expect(await page.locator('#report-office-error').textContent()).toBe('Required.');
    expect(await page.locator('#report-office').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#report-contact-error').textContent()).toBe('');
    expect(await page.locator(`fieldset[data-criterion="${met}"] .field-error`).allTextContents()).toContain(
      "Choose a source: a document, or the city's own statement.",
    );
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.locator('#report-city').selectOption('riga');
    await page.locator('#report-office').fill('Test data: smart-city office');
    await page.locator('#report-role').fill('Test data: programme lead');
    await page.locator('#report-asOf').fill(asOf);
    await page.locator('#report-language').selectOption('en');
    await check(page.locator('input[name=licence][value="CC-BY-4.0"]'));
    await check(source(page, 'kind').and(page.locator('[value=document]')));
    await source(page, 'title').fill('Test data: city plan');
    await source(page, 'publisher').fill('Test data: city council');
    await source(page, 'date').fill('June 2025');
    await source(page, 'url').fill('example.org/plan');
    await click(page.locator('[data-report-form] button[type=submit]'));
    expect(await page.locator(`#${await source(page, 'date').getAttribute('aria-describedby')}`).textContent()).toBe(
      'Write the date as YYYY, YYYY-MM or YYYY-MM-DD.',
    );
    expect(await page.locator(`#${await source(page, 'url').getAttribute('aria-describedby')}`).textContent()).toBe(
      'An address starting with https:// or http://.',
    );

    // A reload keeps every value typed, the wrong ones too, for the user to correct.
    await page.reload();
    await openForm(page);
    expect(await page.locator('#report-office').inputValue()).toBe('Test data: smart-city office');
    // The cities come with the cities' file; the city chosen before is chosen again when they arrive.
    await expect.poll(() => page.locator('#report-city').inputValue()).toBe('riga');
    expect(await source(page, 'title').inputValue()).toBe('Test data: city plan');
    expect(await source(page, 'date').inputValue()).toBe('June 2025');

    await source(page, 'date').fill('2025-06');
    await source(page, 'url').fill('https://example.org/plan');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      click(page.locator('[data-report-form] button[type=submit]')),
    ]);
    expect(download.suggestedFilename()).toBe(`city-report-riga-${asOf}.json`);
    expect(await page.locator('[data-report-status]').textContent()).toContain(`city-report-riga-${asOf}.json`);
    const report = JSON.parse(readFileSync(await download.path(), 'utf8')) as Record<string, unknown>;
    expect(report).toMatchObject({ kind: 'city-report', city: 'riga', asOf, review: null, licence: 'CC-BY-4.0' });

    // The maintainer's step, on a temporary copy of the content: the file is accepted as it is.
    const root = mkdtempSync(join(tmpdir(), 'scl-report-'));
    try {
      const contentDir = join(root, 'content');
      cpSync('content', contentDir, { recursive: true });
      const file = join(root, 'received.json');
      writeFileSync(file, JSON.stringify(report));
      const added = addContribution(file, { contentDir, reviewer: 'Test Reviewer (test data)' });
      expect(added.ok ? [] : added.problems).toEqual([]);
      expect(existsSync(join(contentDir, 'reports', 'riga', `${asOf}.json`))).toBe(true);
      // And it says what changes on the site: Riga, which the paper does not rate, now has levels of its own (one of
      // Basic strategy's two criteria met; the Basic governance criterion answered no).
      expect(added.ok && added.changes).toEqual(
        expect.arrayContaining([
          '  riga, strategy: not-assessed → no-rung-proven (possibly state-of-the-art)',
          '  riga, governance: not-assessed → not-yet-addressed',
        ]),
      );
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  test('speaks Chinese on the Chinese page', async ({ site, page }) => {
    await site.goto('/zh/self-assessment/');
    expect(await page.locator('#prepare-report-title').textContent()).toBe('准备城市报告');
    await openForm(page);
    expect(await page.locator('[data-source-list]').textContent()).toBe(
      await page.locator('#prepare-report').getAttribute('data-no-yes'),
    );
    await click(page.locator('[data-report-form] button[type=submit]'));
    expect(await page.locator('#report-office-error').textContent()).toBe('必填。');
  });
});
