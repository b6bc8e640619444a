import { levels } from './levels';
import type { CharacteristicScore } from './scoring';

type ScoreTextKey = 'level.range' | 'level.unproven' | `level.${CharacteristicScore['level']}`;

/** The UI strings {@link describeScore} uses: a page that describes scores in the browser ships these. */
export const scoreTextKeys: readonly ScoreTextKey[] = [
  ...levels.map((level) => `level.${level}` as const),
  'level.range',
  'level.unproven',
];

type Translate = (key: ScoreTextKey, params?: Record<string, string>) => string;

/** "Average", "Average, possibly More advanced", or "No rung proven; possibly up to Basic". */
export function describeScore(score: Pick<CharacteristicScore, 'level' | 'possible'>, translate: Translate): string {
  const level = translate(`level.${score.level}`);
  if (score.level === score.possible) return level;
  const possible = translate(`level.${score.possible}`);
  return score.level === 'no-rung-proven'
    ? translate('level.unproven', { possible })
    : translate('level.range', { level, possible });
}
