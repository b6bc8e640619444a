/**
 * `npm run contribution:add -- FILE [--reviewer "NAME"] [--reviewed YYYY-MM-DD] [--content DIR]`: checks a file a
 * city sent (a report, a report with a new city, or a case with its documents), places it in content/ and prints
 * what changes on the site. A report not reviewed yet needs the reviewer: given as options, or asked for when run
 * in a terminal. On any problem it prints one line per problem (file: field: reason) and changes nothing.
 */
import { createInterface } from 'node:readline/promises';
import { addContribution } from './lib/contribution';
import { formatProblem } from './lib/validate-content';

const args = process.argv.slice(2);
const option = (name: string) => {
  const at = args.indexOf(name);
  if (at === -1) return undefined;
  const value = args[at + 1];
  args.splice(at, 2);
  return value;
};
const contentDir = option('--content') ?? process.env.SCL_CONTENT_DIR ?? 'content';
let reviewer = option('--reviewer');
let reviewedOn = option('--reviewed');
const [file, ...extra] = args;
if (!file || extra.length > 0) {
  console.error('Usage: npm run contribution:add -- FILE [--reviewer "NAME"] [--reviewed YYYY-MM-DD] [--content DIR]');
  process.exit(2);
}

let result = addContribution(file, { contentDir, reviewer, reviewedOn });
const unreviewed = !result.ok && result.problems.length === 1 && result.problems[0].field === 'review' && !reviewer;
if (unreviewed && process.stdin.isTTY) {
  const ask = createInterface({ input: process.stdin, output: process.stdout });
  reviewer = (await ask.question('The report is not reviewed yet. Reviewed by (name): ')).trim() || undefined;
  reviewedOn = (await ask.question('Reviewed on (YYYY-MM-DD, empty for today): ')).trim() || undefined;
  ask.close();
  if (reviewer) result = addContribution(file, { contentDir, reviewer, reviewedOn });
}

if (!result.ok) {
  console.error(
    `Not added: ${result.problems.length} problem${result.problems.length === 1 ? '' : 's'}; nothing changed`,
  );
  for (const problem of result.problems) console.error(`  ${formatProblem(problem)}`);
  process.exit(1);
}
console.log('Added:');
for (const path of result.written) console.log(`  ${path}`);
console.log('What changes on the site:');
for (const line of result.changes) console.log(`  ${line}`);
