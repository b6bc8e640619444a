/**
 * The Content-Security-Policy of a built page: scripts only from the site itself or inline ones
 * whose exact text is hashed, never 'unsafe-inline'. Pagefind compiles WebAssembly
 * ('wasm-unsafe-eval') and may start a worker, both from the site. Each page carries its policy in a <meta>
 * tag, because a static host may not let us set headers; where it does, `_headers` sends the same policy for
 * every page (the hashes of all pages' inline scripts) with frame-ancestors, which a <meta> tag cannot set.
 */
type Sha256Base64 = (text: string) => string;

// Script types the browser runs; JSON data blocks (type="application/json") are not scripts.
const executableTypes = new Set(['', 'module', 'text/javascript', 'application/javascript']);

/** The text of every inline script the browser would run, exactly as it stands between the tags. */
export function inlineScripts(html: string): string[] {
  const scripts: string[] = [];
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const attributes = match[1];
    if (/\ssrc\s*=/i.test(attributes)) continue;
    const type = /\stype\s*=\s*["']?([^"'\s>]+)/i.exec(attributes)?.[1].toLowerCase() ?? '';
    if (executableTypes.has(type)) scripts.push(match[2]);
  }
  return scripts;
}

const scriptHashes = (scripts: Iterable<string>, sha256: Sha256Base64) => [
  ...new Set(Array.from(scripts, (s) => `'sha256-${sha256(s)}'`)),
];

export function policyFor(html: string, sha256: Sha256Base64): string {
  return policyWithHashes(scriptHashes(inlineScripts(html), sha256));
}

/** The policy a host sends as a header for every page: no page may be framed by another site. */
export function headerPolicyFor(pages: readonly string[], sha256: Sha256Base64): string {
  return headerPolicyForScripts(pages.flatMap(inlineScripts), sha256);
}

/** {@link headerPolicyFor} from the inline scripts of all the pages, gathered without holding the pages. */
export function headerPolicyForScripts(scripts: Iterable<string>, sha256: Sha256Base64): string {
  return `${policyWithHashes(scriptHashes(scripts, sha256))}; frame-ancestors 'none'`;
}

function policyWithHashes(hashes: readonly string[]): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'wasm-unsafe-eval'${hashes.map((h) => ` ${h}`).join('')}`,
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

/** The page with its policy right after <head> and its charset, before any script can run. */
export function withPolicy(html: string, sha256: Sha256Base64): string {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policyFor(html, sha256)}">`;
  const head = /<head>(\s*<meta charset="?[\w-]+"?\s*\/?>)?/i;
  if (!head.test(html)) throw new Error('a page without <head> cannot carry its Content-Security-Policy');
  return html.replace(head, (start) => `${start}${meta}`);
}
