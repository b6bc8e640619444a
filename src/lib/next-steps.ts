/**
 * "Learn next from": for each assessed characteristic of a city (or of a self-assessment), who has shown
 * what its next rung needs, with the evidence. Built for the paper's sparse evidence, in three kinds, best
 * first:
 *   a  cities proven exactly one rung up;
 *   b  cities with evidence of meeting criteria the learner still lacks for its next rung;
 *   c  where neither exists, cities with evidence of a higher criterion the learner lacks: a step further on.
 * Similarity compares the characteristics other than the one being climbed, and says on how many it rests.
 * Pure and browser-safe: city pages and the self-assessment render the same report.
 */
import { rungs, type Rung } from './levels';
import { similarity, type PeerProfile, type Similarity } from './peers';
import type { LadderIds } from './scoring';

export type TeacherKind = 'a' | 'b' | 'c';

/**
 * What a city's evidence says of one criterion it meets: the evidence and where the paper says it. The site
 * holds the evidence in both languages; the self-assessment ships only the page's (`Proof<string>`).
 */
export interface Proof<Evidence = { zh: string; en: string }> {
  criterion: string;
  evidence: Evidence;
  cite: { at: readonly string[] };
}

/** Any proof, whatever language its evidence is in: the report only passes proofs on. */
type AnyProof = Proof<unknown>;

export interface Learner {
  profile: PeerProfile;
  /** The criteria the learner meets (its evidence says so, or the person answered yes). */
  meets: (criterion: string) => boolean;
}

export interface Lesson<P extends PeerProfile = PeerProfile, R extends AnyProof = Proof> {
  teacher: P;
  kind: TeacherKind;
  /** The criteria this teacher shows, with evidence and citation. */
  proofs: readonly R[];
  /** Similarity over the other characteristics, and on how many of them it rests. */
  similarity: Similarity;
}

export interface NextStep<P extends PeerProfile = PeerProfile, R extends AnyProof = Proof> {
  characteristic: string;
  /** The rung the learner climbs to next. */
  rung: Rung;
  /** The criteria of that rung the learner does not meet yet. */
  lacking: readonly string[];
  lessons: readonly Lesson<P, R>[];
}

export interface NextStepsInput<P extends PeerProfile, R extends AnyProof = Proof> {
  learner: Learner;
  /** Every city that might teach, with the proofs of the criteria its evidence says it meets. */
  teachers: readonly { profile: P; proofs: ReadonlyMap<string, R> }[];
  /** The ladders of the rated characteristics. */
  ladders: readonly { id: string; ladder: LadderIds }[];
  /** At most this many lessons per characteristic. */
  limit?: number;
}

/** The proven rank of a profile on a characteristic: 0 = no rung proven … 4; undefined when not assessed. */
function provenRankOf(profile: PeerProfile, characteristic: string): number | undefined {
  const level = profile.levels[characteristic]?.level;
  if (!level || level === 'not-assessed') return undefined;
  const at = rungs.indexOf(level as Rung);
  return at === -1 ? 0 : at + 1;
}

/** The same profile without one characteristic, so similarity rests on the others. */
function without(profile: PeerProfile, characteristic: string): PeerProfile {
  const levels = { ...profile.levels };
  delete levels[characteristic];
  return { ...profile, levels };
}

const kindOrder: Record<TeacherKind, number> = { a: 0, b: 1, c: 2 };

/** The learner's next steps, one per assessed characteristic below the top. */
export function nextSteps<P extends PeerProfile, R extends AnyProof = Proof>({
  learner,
  teachers,
  ladders,
  limit = 3,
}: NextStepsInput<P, R>): NextStep<P, R>[] {
  const steps: NextStep<P, R>[] = [];
  for (const { id: characteristic, ladder } of ladders) {
    const rank = provenRankOf(learner.profile, characteristic);
    if (rank === undefined || rank >= rungs.length) continue;
    const rung = rungs[rank];
    const lacking = ladder[rung].map((c) => c.id).filter((id) => !learner.meets(id));
    const higher = rungs
      .slice(rank + 1)
      .flatMap((r) => ladder[r].map((c) => c.id))
      .filter((id) => !learner.meets(id));
    const base = without(learner.profile, characteristic);
    const lessonsOf = (kind: TeacherKind, criteria: readonly string[], fits: (p: P) => boolean): Lesson<P, R>[] =>
      teachers
        .filter((t) => t.profile.id !== learner.profile.id && fits(t.profile))
        .map((t) => ({
          teacher: t.profile,
          kind,
          proofs: criteria.flatMap((id) => {
            const proof = t.proofs.get(id);
            return proof ? [proof] : [];
          }),
          similarity: similarity(base, without(t.profile, characteristic)),
        }))
        // A teacher is offered for what its own evidence shows: a level that only Table 3 gives shows nothing.
        .filter((lesson) => lesson.proofs.length > 0);

    const a = lessonsOf('a', lacking, (p) => provenRankOf(p, characteristic) === rank + 1);
    const aIds = new Set(a.map((l) => l.teacher.id));
    const b = lessonsOf('b', lacking, (p) => !aIds.has(p.id));
    const c = a.length + b.length === 0 ? lessonsOf('c', higher, () => true) : [];
    const lessons = [...a, ...b, ...c]
      .sort(
        (x, y) =>
          kindOrder[x.kind] - kindOrder[y.kind] ||
          y.proofs.length - x.proofs.length ||
          y.similarity.score - x.similarity.score ||
          x.teacher.id.localeCompare(y.teacher.id),
      )
      .slice(0, limit);
    steps.push({ characteristic, rung, lacking, lessons });
  }
  return steps;
}
