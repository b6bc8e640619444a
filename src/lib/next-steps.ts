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
import type { ReportedBy } from './readings';

export type TeacherKind = 'a' | 'b' | 'c';

/**
 * What a city's evidence says of one criterion it meets: the evidence and where the paper says it. The site
 * holds the evidence in both languages; the self-assessment ships only the page's (`Proof<string>`).
 */
export interface Proof<Evidence = { zh: string; en: string }> {
  criterion: string;
  evidence: Evidence;
  cite: { at: readonly string[] };
  /** Whose evidence it is when it is not the paper's: a reviewed city report (src/lib/readings.ts). */
  reported?: ReportedBy;
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
  /** Per characteristic, each teacher's proven rank (-1 where not assessed), made when first asked. */
  ranksOn: (characteristic: string) => Int8Array;
  /** Each teacher's place in the order of their ids (`localeCompare`), so a tie compares two numbers. */
  idRank: Int32Array;
  /** Scratch space for counting a learner's candidates: how many criteria each shows, and when it was last seen. */
  counts: Uint8Array;
  seen: Int32Array;
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
  const ranks = new Map<string, Int8Array>();
  const ranksOn = (characteristic: string) => {
    let on = ranks.get(characteristic);
    if (!on) {
      on = Int8Array.from(teachers, (t) => provenRankOf(t.profile, characteristic) ?? -1);
      ranks.set(characteristic, on);
    }
    return on;
  };
  return {
    teachers,
    byCriterion,
    scoreAgainst: similarityScorer(teachers.map((t) => t.profile)),
    ranksOn,
    idRank: orderOfIds(teachers.map((t) => t.profile.id)),
    counts: new Uint8Array(teachers.length),
    seen: new Int32Array(teachers.length).fill(-1),
  };
}

/** For each id, its place once the ids are sorted with `localeCompare`. */
function orderOfIds(ids: readonly string[]): Int32Array {
  const rank = new Int32Array(ids.length);
  ids
    .map((id, at) => ({ id, at }))
    .sort((x, y) => x.id.localeCompare(y.id))
    .forEach(({ at }, place) => (rank[at] = place));
  return rank;
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
    const ranks = index.ranksOn(characteristic);
    let groups = candidatesFor(index, learner.profile.id, lacking, (at) => (ranks[at] === rank + 1 ? 'a' : 'b'));
    let shown = lacking;
    if (groups.length === 0) {
      groups = candidatesFor(index, learner.profile.id, higher, () => 'c');
      shown = higher;
    }
    const lessons = best(index, groups, shown, learner.profile, characteristic, limit);
    steps.push({ characteristic, rung, lacking, lessons });
  }
  return steps;
}

/** Candidates of one kind showing the same number of criteria: the report's order before similarity. */
interface Group {
  kind: TeacherKind;
  count: number;
  members: number[];
}

let visit = 0;

/**
 * The teachers with evidence of any of `criteria`, grouped by kind and by how many of the criteria they show, in the
 * report's order (kind a first, the most criteria first). Counting goes through the index's scratch arrays, so a
 * learner's candidates cost one pass over the teachers of its criteria and nothing per teacher beyond a count.
 */
function candidatesFor<P extends PeerProfile, R extends AnyProof>(
  index: TeacherIndex<P, R>,
  learnerId: string,
  criteria: readonly string[],
  kindOf: (at: number) => TeacherKind,
): Group[] {
  const { counts, seen } = index;
  const mark = visit++;
  const touched: number[] = [];
  for (const criterion of criteria) {
    for (const at of index.byCriterion.get(criterion) ?? []) {
      if (seen[at] !== mark) {
        if (index.teachers[at].profile.id === learnerId) continue;
        seen[at] = mark;
        counts[at] = 0;
        touched.push(at);
      }
      counts[at]++;
    }
  }
  const groups = new Map<string, Group>();
  for (const at of touched) {
    const kind = kindOf(at);
    const key = `${kind}${counts[at]}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { kind, count: counts[at], members: [] }));
    group.members.push(at);
  }
  return [...groups.values()].sort((x, y) => kindOrder[x.kind] - kindOrder[y.kind] || y.count - x.count);
}

/**
 * The best `limit` lessons: by kind, then by how many of the criteria the teacher shows, then by similarity over the
 * other characteristics, then by id. Similarity is only worked out for the groups that can still reach the list,
 * and in full (with its reasons) only for the lessons kept.
 */
function best<P extends PeerProfile, R extends AnyProof>(
  index: TeacherIndex<P, R>,
  groups: readonly Group[],
  criteria: readonly string[],
  learner: PeerProfile,
  characteristic: string,
  limit: number,
): Lesson<P, R>[] {
  const score = index.scoreAgainst(learner, characteristic);
  const { idRank } = index;
  const kept: { at: number; kind: TeacherKind }[] = [];
  for (const group of groups) {
    if (kept.length >= limit) break;
    // The group's best few, most similar first, then by id: a scan that keeps only as many as are still wanted.
    const want = limit - kept.length;
    const top: { at: number; score: number }[] = [];
    for (const at of group.members) {
      const entry = { at, score: score(at) };
      const before = (x: typeof entry, y: typeof entry) => y.score - x.score || idRank[x.at] - idRank[y.at];
      if (top.length === want && before(entry, top[want - 1]) >= 0) continue;
      let i = Math.min(top.length, want - 1);
      top[i] = entry;
      while (i > 0 && before(top[i], top[i - 1]) < 0) {
        [top[i], top[i - 1]] = [top[i - 1], top[i]];
        i--;
      }
    }
    kept.push(...top.map(({ at }) => ({ at, kind: group.kind })));
  }
  const base = withoutCharacteristic(learner, characteristic);
  return kept.map(({ at, kind }) => {
    const { profile: teacher, proofs } = index.teachers[at];
    return {
      teacher,
      kind,
      proofs: criteria.flatMap((id) => {
        const proof = proofs.get(id);
        return proof ? [proof] : [];
      }),
      similarity: similarity(base, withoutCharacteristic(teacher, characteristic)),
    };
  });
}
