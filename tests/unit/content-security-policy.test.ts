import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { headerPolicyFor, inlineScripts, policyFor, withPolicy } from '../../src/lib/content-security-policy';

const sha256 = (text: string) => createHash('sha256').update(text).digest('base64');
const page =
  '<!doctype html><html><head><meta charset="utf-8"><title>x</title></head><body>' +
  '<script type="module">go()</script><script src="/a.js"></script><script type="application/json">{"a":1}</script></body></html>';

describe('Content-Security-Policy of a page', () => {
  it('hashes the inline scripts the browser runs, not external ones or JSON data', () => {
    expect(inlineScripts(page)).toEqual(['go()']);
    expect(policyFor(page, sha256)).toContain(`script-src 'self' 'wasm-unsafe-eval' 'sha256-${sha256('go()')}';`);
  });
  it('never allows inline scripts wholesale', () => {
    expect(policyFor(page, sha256)).not.toContain('unsafe-inline');
  });
  it('goes right after the charset, before any script', () => {
    const out = withPolicy(page, sha256);
    expect(out.indexOf('Content-Security-Policy')).toBeGreaterThan(out.indexOf('charset'));
    expect(out.indexOf('Content-Security-Policy')).toBeLessThan(out.indexOf('<title>'));
  });
  it('refuses a page without a head rather than ship it unprotected', () => {
    expect(() => withPolicy('<p>hi</p>', sha256)).toThrow(/without <head>/);
  });
});

describe('Content-Security-Policy a host sends as a header', () => {
  it('allows the inline scripts of every page and forbids framing by any site', () => {
    const other = page.replace('go()', 'stop()');
    const policy = headerPolicyFor([page, other], sha256);
    expect(policy).toContain(`'sha256-${sha256('go()')}'`);
    expect(policy).toContain(`'sha256-${sha256('stop()')}'`);
    expect(policy).toMatch(/; frame-ancestors 'none'$/);
    expect(policy).not.toContain('unsafe-inline');
  });
});
