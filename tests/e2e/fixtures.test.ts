/**
 * The fixture's own promise, which every browser test relies on: a request to another host is recorded (so the
 * test fails) and never reaches that host. The page is made here (test data, not the site), since the site itself
 * requests nothing off the test server.
 */
import { describe, expect } from 'vitest';
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
});
