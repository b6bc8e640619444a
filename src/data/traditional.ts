/**
 * The site's traditional-to-simplified table (src/lib/traditional.ts), made once per build from OpenCC's dictionaries
 * and the site's own Chinese: the text of every content file and of the interface. Served as a file named by its
 * content's hash (src/pages/search/[file].ts); the search page carries the characters that call for it.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import HKVariantsRev from 'opencc-js/dict/HKVariantsRev';
import HKVariantsRevPhrases from 'opencc-js/dict/HKVariantsRevPhrases';
import TSCharacters from 'opencc-js/dict/TSCharacters';
import TSPhrases from 'opencc-js/dict/TSPhrases';
import TWPhrasesRev from 'opencc-js/dict/TWPhrasesRev';
import TWVariantsRev from 'opencc-js/dict/TWVariantsRev';
import TWVariantsRevPhrases from 'opencc-js/dict/TWVariantsRevPhrases';
import zhInterface from '../i18n/zh.json';
import {
  hanCharacters,
  parseOpenccDictionary,
  simplifiedTable,
  traditionalCharacters,
  type SimplifiedFile,
} from '../lib/traditional';

const contentRoot = process.env.SCL_CONTENT_DIR ?? './content';

function* contentTexts(): Generator<string> {
  for (const entry of readdirSync(contentRoot, { recursive: true, withFileTypes: true }))
    if (entry.isFile() && /\.(json|mdx?|ya?ml)$/.test(entry.name))
      yield readFileSync(join(entry.parentPath, entry.name), 'utf8');
  yield JSON.stringify(zhInterface);
}

let made: { file: SimplifiedFile; name: string; json: string; characters: string } | undefined;

/** The table, its file name (`traditional.<hash>.json`) and the characters that call for it. */
export function simplifiedSearch() {
  if (made) return made;
  const site = hanCharacters(contentTexts());
  const regional = [TWPhrasesRev, TWVariantsRevPhrases, TWVariantsRev, HKVariantsRevPhrases, HKVariantsRev].flatMap(
    parseOpenccDictionary,
  );
  const file = simplifiedTable(regional, [TSPhrases, TSCharacters].flatMap(parseOpenccDictionary), site);
  const json = JSON.stringify(file);
  const hash = createHash('sha256').update(json).digest('hex').slice(0, 10);
  made = { file, json, name: `traditional.${hash}.json`, characters: traditionalCharacters(file, site) };
  return made;
}
