import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { contentSecurityPolicy } from './src/integrations/content-security-policy';
import { pagefind } from './src/integrations/pagefind';

export default defineConfig({
  site: 'https://smart-city-ladder.example',
  trailingSlash: 'always',
  build: { format: 'directory' },
  // The policy goes in before Pagefind indexes, so the indexed pages are the served ones.
  integrations: [mdx(), contentSecurityPolicy(), pagefind()],
});
