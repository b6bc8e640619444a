/**
 * The fixture's own promises, which every browser test relies on: a request to another host is recorded (so the
 * test fails) and never reaches that host; the axe helper names a violation and where it is. The pages are made here
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

  test('the axe helper names a violation and the element it is on', async ({ page }) => {
    await page.setContent(
      '<html lang="en"><head><title>Test data</title></head><body><main><h1>Test data</h1><img id="no-alt" src="data:image/gif;base64,R0lGODlhAQABAAAAACw="></main></body></html>',
    );
    expect(await accessibilityViolations(page)).toEqual(['image-alt: #no-alt']);
  });
});
