// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { contentSecurityPolicy } from './src/integrations/content-security-policy';
import { pagefind } from './src/integrations/pagefind';

export default defineConfig({
  site: 'https://smart-city-ladder.example',
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Whitespace between elements is kept where it shows (Astro 5's default). Astro 7's default, JSX's
  // rules, drops the line breaks between inline elements and glues their words together.
  compressHTML: true,
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
