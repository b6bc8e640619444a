/**
 * The fixture's own promises, which every browser test relies on: a request to another host is recorded (so the
 * test fails) and never reaches that host; what a test cannot undo (here a fake clock) does not reach the next test on
 * the same worker; the axe helper names a violation and where it is. The pages are made here
 * (test data, not the site), since the site itself has neither.
 */
import { describe, expect } from 'vitest';
import { accessibilityViolations } from './axe';
import { test } from './fixtures';

describe('the browser tests fixture', () => {
  test('records a request to another host, and the request does not get through', async ({ site, page }) => {
    const failed: string[] = [];
    page.on('requestfailed', (request) => failed.push(`${request.url()} ${request.failure()?.errorText}`));
    site.expectConsoleError(/ERR_NAME_NOT_RESOLVED/);
    await page.setContent('<p>test data</p><img src="https://example.org/test-data.png" alt="">');
    await expect.poll(() => failed).toEqual(['https://example.org/test-data.png net::ERR_NAME_NOT_RESOLVED']);
    expect(site.offsiteRequests).toEqual(['https://example.org/test-data.png']);
    // Recorded as it should be; emptied so the fixture's own check after the test passes.
    site.offsiteRequests.length = 0;
  });

  describe('a fake clock stays with its test', () => {
    const testDataTime = new Date('2001-02-03T04:05:06Z').getTime();
    test('a test sets the page on a fake clock', async ({ page }) => {
      await page.clock.install({ time: testDataTime });
      await page.setContent('<p>test data</p>');
      expect(await page.evaluate(() => Date.now())).toBeLessThan(testDataTime + 60_000);
    });
    test('the next test has a real clock and animation frames that arrive', async ({ page }) => {
      await page.setContent('<p>test data</p>');
      expect(await page.evaluate(() => Date.now())).toBeGreaterThan(testDataTime + 60_000);
      expect(
        await page.evaluate(
          () =>
            new Promise((resolve) => {
              requestAnimationFrame(() => resolve('frame'));
              setTimeout(() => resolve('no frame in 2 s'), 2000);
            }),
        ),
      ).toBe('frame');
    });
  });

  test('the axe helper names a violation and the element it is on', async ({ page }) => {
    await page.setContent(
      '<html lang="en"><head><title>Test data</title></head><body><main><h1>Test data</h1><img id="no-alt" src="data:image/gif;base64,R0lGODlhAQABAAAAACw="></main></body></html>',
    );
    expect(await accessibilityViolations(page)).toEqual(['image-alt: #no-alt']);
  });
});
