/**
 * One `astro build` of this project at a time. Two test files build a site of their own (the fixture site of
 * contributions, the sub-path build) and may run at once in the two workers; every build of the project writes
 * its generated content modules into the same `.astro/` folder, so two at once could read each other's. The lock
 * is a folder made atomically, holding the owner's process id, so a lock left by a killed run is taken over.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';

const lock = '.scratch/astro-build.lock';

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

async function acquire() {
  mkdirSync('.scratch', { recursive: true });
  for (;;) {
    try {
      mkdirSync(lock);
      writeFileSync(`${lock}/pid`, String(process.pid));
      return;
    } catch {
      const owner = Number(readFileSync(`${lock}/pid`, { encoding: 'utf8', flag: 'a+' }) || NaN);
      if (Number.isInteger(owner) && !alive(owner)) rmSync(lock, { recursive: true, force: true });
      // Wait for the other build to finish: it releases the lock when done, whether it passed or failed.
      else await sleep(250);
    }
  }
}

/** Runs `npx astro build --outDir outDir` with these environment variables, once no other build runs. */
export async function buildSite(outDir: string, env: NodeJS.ProcessEnv) {
  await acquire();
  try {
    execFileSync('npx', ['astro', 'build', '--outDir', outDir], { env: { ...process.env, ...env }, stdio: 'inherit' });
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}
