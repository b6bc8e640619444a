/**
 * `npm run check:deploy -- https://example.org/smart-city-ladder/`: fetches a few addresses of a deployed
 * copy and checks status, content type, policy and caching (docs/deploy.md). Exits 1 on any problem.
 */
import { checkDeployment } from './lib/deployment-check';

const address = process.argv[2];
if (!address || !/^https?:\/\//.test(address)) {
  console.error('Usage: npm run check:deploy -- https://example.org/path/');
  process.exit(2);
}
const findings = await checkDeployment(address);
for (const f of findings) console.log(`${f.level === 'problem' ? '✗' : '·'} ${f.path}: ${f.message}`);
const problems = findings.filter((f) => f.level === 'problem').length;
console.log(problems === 0 ? `✓ ${address} serves the site as docs/deploy.md describes` : `${problems} problem(s)`);
process.exit(problems === 0 ? 0 : 1);
