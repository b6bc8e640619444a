import type { CharacteristicScore } from './scoring';

type Translate = (
  key: 'level.range' | 'level.unproven' | `level.${CharacteristicScore['level']}`,
  params?: Record<string, string>,
) => string;

/** "Average", "Average, possibly More advanced", or "No rung proven; possibly up to Basic". */
export function describeScore(score: Pick<CharacteristicScore, 'level' | 'possible'>, translate: Translate): string {
  const level = translate(`level.${score.level}`);
  if (score.level === score.possible) return level;
  const possible = translate(`level.${score.possible}`);
  return score.level === 'no-rung-proven'
    ? translate('level.unproven', { possible })
    : translate('level.range', { level, possible });
}
