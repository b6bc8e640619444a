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
import { similarity, similarityScorer, withoutCharacteristic, type PeerProfile, type Similarity } from './peers';
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

/** A city that might teach, with the proofs of the criteria its evidence says it meets. */
export interface Teacher<P extends PeerProfile = PeerProfile, R extends AnyProof = Proof> {
  profile: P;
  proofs: ReadonlyMap<string, R>;
}

/**
 * The teachers, indexed once for many learners: by criterion, the teachers whose evidence meets it, and their
 * profiles packed for similarity. A learner's report then visits only the teachers that show something it lacks,
 * and scores them without copying profiles, so a build's reports for every city cost little more than one
 * walk over them (the pairing left is the teachers of each lacked criterion, not every city).
 */
export interface TeacherIndex<P extends PeerProfile = PeerProfile, R extends AnyProof = Proof> {
  teachers: readonly Teacher<P, R>[];
  byCriterion: ReadonlyMap<string, readonly number[]>;
  scoreAgainst: ReturnType<typeof similarityScorer>;
}

export function indexTeachers<P extends PeerProfile, R extends AnyProof = Proof>(
  teachers: readonly Teacher<P, R>[],
): TeacherIndex<P, R> {
  const byCriterion = new Map<string, number[]>();
  teachers.forEach((t, i) => {
    for (const criterion of t.proofs.keys()) {
      let list = byCriterion.get(criterion);
      if (!list) byCriterion.set(criterion, (list = []));
      list.push(i);
    }
  });
  return { teachers, byCriterion, scoreAgainst: similarityScorer(teachers.map((t) => t.profile)) };
}

export interface NextStepsInput<P extends PeerProfile, R extends AnyProof = Proof> {
  learner: Learner;
  /** Every city that might teach, or the same indexed once (`indexTeachers`) when many learners ask. */
  teachers: readonly Teacher<P, R>[] | TeacherIndex<P, R>;
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

const kindOrder: Record<TeacherKind, number> = { a: 0, b: 1, c: 2 };

const isIndex = <P extends PeerProfile, R extends AnyProof>(
  teachers: NextStepsInput<P, R>['teachers'],
): teachers is TeacherIndex<P, R> => !Array.isArray(teachers);

/** The learner's next steps, one per assessed characteristic below the top. */
export function nextSteps<P extends PeerProfile, R extends AnyProof = Proof>({
  learner,
  teachers,
  ladders,
  limit = 3,
}: NextStepsInput<P, R>): NextStep<P, R>[] {
  const index = isIndex(teachers) ? teachers : indexTeachers(teachers);
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
    // a: proven exactly one rung up; b: any other teacher with evidence of a lacking criterion;
    // c: only when there is neither, evidence of a higher criterion. A teacher is offered for what its own
    // evidence shows: a level that only Table 3 gives shows nothing.
    let candidates = candidatesFor(index, learner.profile.id, lacking, (p) =>
      provenRankOf(p, characteristic) === rank + 1 ? 'a' : 'b',
    );
    if (candidates.length === 0) candidates = candidatesFor(index, learner.profile.id, higher, () => 'c');
    const lessons = best(index, candidates, learner.profile, characteristic, limit);
    steps.push({ characteristic, rung, lacking, lessons });
  }
  return steps;
}

interface Candidate<R> {
  at: number;
  kind: TeacherKind;
  proofs: R[];
}

/** The teachers with evidence of any of `criteria`, each with its proofs in the criteria's order. */
function candidatesFor<P extends PeerProfile, R extends AnyProof>(
  index: TeacherIndex<P, R>,
  learnerId: string,
  criteria: readonly string[],
  kindOf: (profile: P) => TeacherKind,
): Candidate<R>[] {
  const found = new Map<number, Candidate<R>>();
  for (const criterion of criteria) {
    for (const at of index.byCriterion.get(criterion) ?? []) {
      const teacher = index.teachers[at];
      if (teacher.profile.id === learnerId) continue;
      let candidate = found.get(at);
      if (!candidate) found.set(at, (candidate = { at, kind: kindOf(teacher.profile), proofs: [] }));
      candidate.proofs.push(teacher.proofs.get(criterion)!);
    }
  }
  return [...found.values()];
}

/**
 * The best `limit` lessons: by kind, then by how many lacking criteria the teacher shows, then by similarity over
 * the other characteristics, then by id. Similarity is only worked out for the groups of equal kind and count
 * that can still reach the list, and in full (with its reasons) only for the lessons kept.
 */
function best<P extends PeerProfile, R extends AnyProof>(
  index: TeacherIndex<P, R>,
  candidates: Candidate<R>[],
  learner: PeerProfile,
  characteristic: string,
  limit: number,
): Lesson<P, R>[] {
  const rankOf = (c: Candidate<R>) => kindOrder[c.kind] * 1000 - c.proofs.length;
  candidates.sort((x, y) => rankOf(x) - rankOf(y));
  const score = index.scoreAgainst(learner, characteristic);
  const kept: { candidate: Candidate<R>; score: number }[] = [];
  for (let start = 0; start < candidates.length && kept.length < limit;) {
    let end = start + 1;
    while (end < candidates.length && rankOf(candidates[end]) === rankOf(candidates[start])) end++;
    const group = candidates
      .slice(start, end)
      .map((candidate) => ({ candidate, score: score(candidate.at) }))
      .sort(
        (x, y) =>
          y.score - x.score ||
          index.teachers[x.candidate.at].profile.id.localeCompare(index.teachers[y.candidate.at].profile.id),
      );
    kept.push(...group.slice(0, limit - kept.length));
    start = end;
  }
  const base = withoutCharacteristic(learner, characteristic);
  return kept.map(({ candidate }) => {
    const teacher = index.teachers[candidate.at].profile;
    return {
      teacher,
      kind: candidate.kind,
      proofs: candidate.proofs,
      similarity: similarity(base, withoutCharacteristic(teacher, characteristic)),
    };
  });
}
