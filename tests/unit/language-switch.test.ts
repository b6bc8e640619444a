import { describe, expect, it } from 'vitest';
import { switchHref } from '../../src/lib/language-switch';

describe('switchHref', () => {
  it('leads to the other language’s same page when there is no place to keep', () => {
    expect(switchHref('/zh/cases/', '', '')).toBe('/zh/cases/');
    expect(switchHref('/zh/cases/', '?', '#')).toBe('/zh/cases/');
  });

  it('carries the filters, the search query and the anchor as they are', () => {
    expect(switchHref('/zh/cases/', '?funding=ppp&region=cn', '#results')).toBe(
      '/zh/cases/?funding=ppp&region=cn#results',
    );
    expect(switchHref('/en/search/', '?q=%E6%99%BA%E6%85%A7', '')).toBe('/en/search/?q=%E6%99%BA%E6%85%A7');
    expect(switchHref('/zh/self-assessment/', '', '#s=abc-123')).toBe('/zh/self-assessment/#s=abc-123');
  });

  it('replaces, never stacks, what the link carried before', () => {
    expect(switchHref('/zh/cases/?region=eu#old', '?region=cn', '')).toBe('/zh/cases/?region=cn');
  });
});
