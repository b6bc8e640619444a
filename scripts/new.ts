/**
 * `npm run new -- report|case|city [ID] [--as-of YYYY-MM-DD] [--content DIR]`: writes the skeleton of a
 * contribution into the content tree (a city report; a case with the document it cites; a city the paper does not
 * name, with its first report). Every required field is there as a placeholder the content check rejects, so
 * `npm run content:check` lists, field by field, what is left to fill in. It never overwrites a file.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { skeletonFiles, skeletonKinds, type SkeletonKind } from './lib/skeletons';

const args = process.argv.slice(2);
const option = (name: string) => {
  const at = args.indexOf(name);
  if (at === -1) return undefined;
  const value = args[at + 1];
  args.splice(at, 2);
  return value;
};
const contentDir = option('--content') ?? process.env.SCL_CONTENT_DIR ?? 'content';
const asOf = option('--as-of');
const [kind, id, ...extra] = args;
if (!skeletonKinds.includes(kind as SkeletonKind) || extra.length > 0) {
  console.error('Usage: npm run new -- report|case|city [ID] [--as-of YYYY-MM-DD] [--content DIR]');
  process.exit(2);
}

const files = skeletonFiles(kind as SkeletonKind, { id, asOf });
const taken = [...files.keys()].filter((path) => existsSync(join(contentDir, path)));
if (taken.length > 0) {
  for (const path of taken) console.error(`${join(contentDir, path)} already exists; nothing written`);
  process.exit(1);
}
for (const [path, text] of files) {
  mkdirSync(dirname(join(contentDir, path)), { recursive: true });
  writeFileSync(join(contentDir, path), text, { flag: 'wx' });
  console.log(`Wrote ${join(contentDir, path)}`);
}
console.log('Fill in every field, then run `npm run content:check`: it names each field still to do.');
