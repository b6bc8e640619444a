/**
 * The <title> of a page: its own title, then the site's name when both fit. Browsers and search
 * results cut long titles, so past `max` characters the site's name goes first, then the title
 * is shortened at a word (or, in Chinese, at any character) with an ellipsis. The <h1> keeps it whole.
 */
export function pageTitle(title: string, siteName: string, max = 70): string {
  if (title === siteName) return title;
  const full = `${title} · ${siteName}`;
  if (full.length <= max) return full;
  if (title.length <= max) return title;
  const cut = title.slice(0, max - 1);
  const atWord = cut.lastIndexOf(' ');
  return `${(atWord > max / 2 ? cut.slice(0, atWord) : cut).replace(/[\s,;:·–-]+$/, '')}…`;
}
