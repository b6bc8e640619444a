// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { contentSecurityPolicy } from './src/integrations/content-security-policy';
import { hostHeaders } from './src/integrations/host-headers';
import { pagefind } from './src/integrations/pagefind';
import { deploySettings } from './src/lib/deploy-settings';
import { htmlLang } from './src/lib/languages';

// Where the site will be served: SITE_URL and BASE_PATH, documented in docs/deploy.md; a local build without
// them is for http://localhost:4321/.
const { site, base } = deploySettings(process.env);

export default defineConfig({
  site,
  base,
  // A build of other content (a test's fixtures, a benchmark corpus) keeps its content store apart (SCL_CACHE_DIR):
  // two builds sharing node_modules/.astro/data-store.json at once could read each other's entries.
  ...(process.env.SCL_CACHE_DIR ? { cacheDir: process.env.SCL_CACHE_DIR } : {}),
  trailingSlash: 'always',
  build: { format: 'directory' },
  // JSX's whitespace rules (Astro 7's default), which Prettier's Astro plugin formats for: a line break
  // between elements or expressions is no space, so a space that must show is written as one ({' '}). Astro 5's
  // lossless mode turned every such line break into a visible space ("Source :"). The glued-words gate checks
  // that no two words touch.
  compressHTML: 'jsx',
  // The policy goes in before Pagefind indexes, so the indexed pages are the served ones; the host headers go
  // last, when Pagefind's files exist. The sitemap lists every page with its other-language alternate.
  integrations: [
    mdx(),
    contentSecurityPolicy(),
    pagefind(),
    sitemap({
      i18n: { defaultLocale: 'en', locales: htmlLang },
      filter: (page) => !/\/404\/?$/.test(page),
      // The root only offers the two languages: it is no page's translation, though the integration takes it
      // for an English one.
      serialize: (item) => {
        const isRoot = (/** @type {string} */ url) => new URL(url).pathname === base;
        return { ...item, links: isRoot(item.url) ? undefined : item.links?.filter((link) => !isRoot(link.url)) };
      },
    }),
    hostHeaders(),
  ],
  vite: {
    // The base path for src/lib/site-path.ts, in server rendering and browser scripts alike (Astro's own
    // import.meta.env.BASE_URL is "/" while pages are prerendered).
    define: { __SCL_BASE_PATH__: JSON.stringify(base) },
    environments: {
      prerender: {
        build: {
          rolldownOptions: {
            output: {
              // Every case text would be a chunk of its own: 10,000 chunks cost more to hand around (each one
              // copied into JavaScript for every plugin, then written, moved and deleted) than to build. Chunks of
              // about 1 MB take 50–60 s off the 10,000-case build; the pages come out the same
              // (docs/performance.md, "Toward 150 pages per second"). Only the server build is grouped.
              codeSplitting: { groups: [{ name: 'case-texts', test: /\.mdx/, maxSize: 1024 * 1024 }] },
            },
          },
        },
      },
    },
    build: {
      // Every script ships as a file of its own, never inlined: the pages then need no script hashes, and the
      // Content-Security-Policy is one fixed text that a host can send as a header (docs/deploy.md).
      assetsInlineLimit: 0,
      rolldownOptions: {
        onwarn(warning, warn) {
          // Each MDX module carries Astro's "use astro:head-inject" directive, which the bundler warns
          // about once per file; Astro handles it itself (withastro/astro#18087).
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
});
