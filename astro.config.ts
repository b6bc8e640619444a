import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { pagefind } from './src/integrations/pagefind';

export default defineConfig({
  site: 'https://smart-city-ladder.example',
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [mdx(), pagefind()],
});
