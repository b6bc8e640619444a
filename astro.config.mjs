// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { contentSecurityPolicy } from './src/integrations/content-security-policy';
import { pagefind } from './src/integrations/pagefind';

export default defineConfig({
  site: 'https://smart-city-ladder.example',
  trailingSlash: 'always',
  build: { format: 'directory' },
  // JSX's whitespace rules (Astro 7's default), which Prettier's Astro plugin formats for: a line break
  // between elements or expressions is no space, so a space that must show is written as one ({' '}). Astro 5's
  // lossless mode turned every such line break into a visible space ("Source :"). The glued-words gate checks
  // that no two words touch.
  compressHTML: 'jsx',
  // The policy goes in before Pagefind indexes, so the indexed pages are the served ones.
  integrations: [mdx(), contentSecurityPolicy(), pagefind()],
  vite: {
    build: {
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
