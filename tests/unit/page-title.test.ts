import { describe, expect, it } from 'vitest';
import { pageTitle } from '../../src/lib/page-title';

describe('page titles', () => {
  it('add the site name when it fits', () => {
    expect(pageTitle('Ningbo', 'Smart City Ladder')).toBe('Ningbo · Smart City Ladder');
  });
  it('leave the site name alone on the home page', () => {
    expect(pageTitle('Smart City Ladder', 'Smart City Ladder')).toBe('Smart City Ladder');
  });
  it('drop the site name before shortening the title', () => {
    const title = 'Barcelona and Buenos Aires: a smart-city index shared by two cities';
    expect(pageTitle(title, 'Smart City Ladder')).toBe(title);
  });
  it('shorten a very long title at a word, within 70 characters', () => {
    const title =
      'Amsterdam Smart City public-private partnership fund for climate and energy projects, scaled across the region';
    const short = pageTitle(title, 'Smart City Ladder');
    expect(short.length).toBeLessThanOrEqual(70);
    expect(short).toBe('Amsterdam Smart City public-private partnership fund for climate and…');
  });
});
