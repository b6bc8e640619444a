import type { TestProject } from 'vitest/node';
import { buildIfMissing } from '../site/global-setup';
import { serveDirectory, stopServer } from './static-server';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
  }
}

/** Builds the site when no build is there (so `npm run test:e2e` works alone), then serves dist/. */
export default async function setup(project: TestProject) {
  buildIfMissing();
  const { url, server } = await serveDirectory('dist');
  project.provide('baseURL', url);
  return () => stopServer(server);
}
