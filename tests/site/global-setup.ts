import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Builds the site when no build is there, so each test project also runs alone on a fresh checkout. */
export function buildIfMissing() {
  if (!existsSync('dist/index.html') || !existsSync('dist/pagefind')) {
    execSync('npm run build', { stdio: 'inherit' });
  }
}

export default buildIfMissing;
