/**
 * Where the language switch leads: the same page in the other language, at the same place. Facet, filter and
 * search keys in links are language-neutral ids and heading ids are the same in both languages, so the query
 * and the fragment carry over as they are. Pure; the browser module src/scripts/lang-switch.ts applies it.
 */
export function switchHref(otherPage: string, search: string, hash: string): string {
  const path = otherPage.replace(/[?#].*$/, '');
  const query = search === '?' ? '' : search;
  const fragment = hash === '#' ? '' : hash;
  return `${path}${query}${fragment}`;
}
