/**
 * Compare (issue 21, point 1): two to four cities side by side, one of them possibly the reader's own
 * self-assessment. What the page reads (its part written into the HTML, each city's part a small file fetched when
 * the city is chosen), the choice as the link holds it, and the report as HTML: the reading compared, context,
 * levels, the criteria each meets, lacks or has no evidence for, who could learn from whom (the city pages' rules,
 * with only the chosen cities as teachers) and cases. Pure and browser-safe; every HTML string is escaped.
 */
import type { UiKey } from '../i18n';
import { fillTemplate } from '../i18n/template';
import { escapeHtml } from './html';
import type { Language } from './languages';
import { rungs, type Level } from './levels';
import { nextSteps, type Proof, type Teacher } from './next-steps';
import { nextStepsKeys, nextStepsView, type NextStepsWords } from './next-steps-view';
import type { PeerProfile } from './peers';
import type { AdminLevel, DistrictType, Region } from './places';
import { describeScore, scoreTextKeys } from './score-text';
import type { LadderIds } from './scoring';
import type { SelfAssessment } from './self-assessment-state';
import { sitePath } from './site-path';

/** The UI strings the page's script needs; src/data/compare.ts ships exactly these. */
export const compareKeys = [
  'compare.self',
  'compare.selfOption',
  'compare.selfMissing',
  'compare.unknownCities',
  'compare.tooMany',
  'compare.chooseMore',
  'compare.loading',
  'compare.failed',
  'compare.printTitle',
  'compare.chartTitle',
  'compare.chartDesc',
  'compare.belowBasic',
  'compare.reading',
  'compare.levels',
  'compare.context',
  'compare.met',
  'compare.notMet',
  'compare.noEvidence',
  'compare.learnerTitle',
  'compare.learnNone',
  'compare.learnNotAssessed',
  'compare.noCases',
  'compare.selfReading',
  'compare.selfAnswered',
  'compare.notGiven',
  'compare.selfRole',
  'compare.cityHeading',
  'compare.criterion',
  'city.country',
  'city.region',
  'city.role',
  'city.adminLevel',
  'city.districtType',
  'city.characteristic',
  'readings.whichPaper',
  'readings.whichLatest',
  'table.region',
  ...scoreTextKeys,
  ...nextStepsKeys,
] as const satisfies readonly UiKey[];
export type CompareKey = (typeof compareKeys)[number];

export const minCompared = 2;
export const maxCompared = 4;
/** The id the link gives the reader's own self-assessment; no city has it (src/schemas checks city ids). */
export const selfId = 'self';

/** A criterion a reading says is met: the evidence in words, where it is from, and where to read it. */
export interface CompareProof {
  evidence: string;
  citation: string;
  href: string;
  /** The language tag of the evidence where it is not the page's (a report's words, as the city wrote them). */
  lang?: string;
}

/** One reading of a city: the paper's, or its latest reviewed city report. */
export interface CompareReading {
  /** Whose reading and of when, in words: "The site's reading of the 2014 white paper". */
  label: string;
  levels: Record<string, { level: Level; possible: Level }>;
  /** Per criterion of the rated ladders: met or not met. A criterion absent here has no evidence. */
  criteria: Record<string, 'met' | 'not-met'>;
  proofs: Record<string, CompareProof>;
}

export const contextRows = ['country', 'region', 'adminLevel', 'districtType', 'role'] as const;
export type ContextRow = (typeof contextRows)[number];

/** A city's part, in the page's language, in its file /<lang>/compare/cities-<n>.json (`shardOf`). */
export interface CompareCity {
  id: string;
  name: string;
  href: string;
  context: Record<ContextRow, string>;
  /** What the peer finder compares besides levels. */
  profile: { region?: Region; adminLevel?: AdminLevel; districtType?: DistrictType; domains: readonly string[] };
  /** The paper's reading; absent for a city the paper does not name. */
  paper?: CompareReading;
  /** The latest reading where it is a reviewed city report; absent while the city has none. */
  latest?: CompareReading;
  cases: { title: string; href: string; characteristics: readonly string[] }[];
}

/** The page's part, written into its HTML. */
export interface ComparePage {
  lang: Language;
  characteristics: { id: string; name: string; ladder: LadderIds }[];
  criterionText: Record<string, string>;
  text: Record<CompareKey, string>;
  /** Every city's name by id, in the order the site lists them. */
  cityNames: Record<string, string>;
  /** The cities' files: the address with `{shard}` in place of a file's number (`shardOf`). */
  cityHref: string;
  /** How many files the cities are shared out over. */
  shards: number;
  /** The words of a self-assessment's context, by value. */
  contextWords: {
    region: Record<string, string>;
    adminLevel: Record<string, string>;
    districtType: Record<string, string>;
  };
  selfHref: string;
}

export type EvidenceChoice = 'paper' | 'latest';

/** The choice as the link holds it (`?cities=barcelona,self`): known ids, each once, at most four, in order. */
export function parseChoice(
  search: string,
  known: (id: string) => boolean,
): { ids: string[]; unknown: string[]; tooMany: boolean } {
  const raw = new URLSearchParams(search).get('cities') ?? '';
  const listed = [...new Set(raw.split(',').map((id) => id.trim()))].filter((id) => id !== '');
  const unknown = listed.filter((id) => id !== selfId && !known(id));
  const ids = listed.filter((id) => id === selfId || known(id));
  return { ids: ids.slice(0, maxCompared), unknown, tooMany: ids.length > maxCompared };
}

/** The query of a choice: `?cities=a,b`, or nothing for no choice. */
export const choiceSearch = (ids: readonly string[]): string =>
  ids.length === 0 ? '' : `?cities=${ids.map(encodeURIComponent).join(',')}`;

/** The reading a city is compared by: the paper's, or its latest (a report where it has one, else the paper's). */
export const readingOf = (city: CompareCity, choice: EvidenceChoice): CompareReading | undefined =>
  choice === 'latest' ? (city.latest ?? city.paper) : city.paper;

/** The reader's self-assessment as a compared city: its answers are its reading, its notes its evidence. */
export function selfAsCity(
  page: ComparePage,
  state: SelfAssessment,
  levels: CompareReading['levels'],
  search: string,
): CompareCity {
  const text = page.text;
  const said = (words: Record<string, string>, value: string | undefined) =>
    (value && words[value]) ?? text['compare.notGiven'];
  const criteria: CompareReading['criteria'] = {};
  const proofs: CompareReading['proofs'] = {};
  const href = `${page.selfHref}${search}`;
  for (const [criterion, answer] of Object.entries(state.answers)) {
    if (answer === 'unknown') continue;
    criteria[criterion] = answer === 'yes' ? 'met' : 'not-met';
    if (answer === 'yes') {
      proofs[criterion] = {
        evidence: state.notes[criterion]?.trim() || text['compare.selfAnswered'],
        citation: text['compare.selfReading'],
        href,
      };
    }
  }
  const reading: CompareReading = { label: text['compare.selfReading'], levels, criteria, proofs };
  return {
    id: selfId,
    name: state.city?.trim() ? `${state.city.trim()} (${text['compare.self']})` : text['compare.self'],
    href,
    context: {
      country: text['compare.notGiven'],
      region: said(page.contextWords.region, state.context.region),
      adminLevel: said(page.contextWords.adminLevel, state.context.adminLevel),
      districtType: said(page.contextWords.districtType, state.context.districtType),
      role: text['compare.selfRole'],
    },
    profile: { ...state.context, domains: [] },
    paper: reading,
    latest: reading,
    cases: [],
  };
}

/** A compared city with the reading it is compared by (none: every characteristic not assessed). */
export interface Compared {
  city: CompareCity;
  reading?: CompareReading;
}

const notAssessed = { level: 'not-assessed', possible: 'not-assessed' } as const;
const levelOf = (c: Compared, characteristic: string) => c.reading?.levels[characteristic] ?? notAssessed;
const profileOf = (c: Compared): PeerProfile => ({
  id: c.city.id,
  ...c.city.profile,
  levels: c.reading?.levels ?? {},
});

/**
 * Who could learn from whom: for each compared city, the learn-next-from report of the city pages (src/lib/
 * next-steps.ts) with only the other compared cities as teachers, and only the steps someone can teach.
 */
export function learnFrom(compared: readonly Compared[], ladders: ComparePage['characteristics'], limit = 3) {
  return compared.map((learner) => {
    const teachers: Teacher<PeerProfile, Proof<CompareProof>>[] = compared
      .filter((other) => other !== learner)
      .map((other) => ({
        profile: profileOf(other),
        proofs: new Map(
          Object.entries(other.reading?.proofs ?? {}).map(([criterion, p]) => [
            criterion,
            { criterion, evidence: p, cite: { at: [] } },
          ]),
        ),
      }));
    const all = nextSteps({
      learner: { profile: profileOf(learner), meets: (id) => learner.reading?.criteria[id] === 'met' },
      teachers,
      ladders,
      limit,
    });
    return { learner, steps: all.filter((step) => step.lessons.length > 0), climbing: all.length > 0 };
  });
}

/** The compare report in the page's language: each part as escaped HTML. */
export function compareReport(page: ComparePage, compared: readonly Compared[], choice: EvidenceChoice) {
  const text = (key: CompareKey, params?: Record<string, string | number>) => fillTemplate(page.text[key], params);
  const e = escapeHtml;
  const list = (items: readonly string[]) => items.join(page.text['punct.list']);
  const names = compared.map((c) => c.city.name);
  // Around a teacher's kind: full-width brackets in Chinese.
  const [open, close] = page.lang === 'zh' ? ['（', '）'] : [' (', ')'];
  const describe = (c: Compared, characteristic: string) =>
    describeScore(levelOf(c, characteristic), (key, params) => text(key, params));
  const head = (first: string) =>
    `<thead><tr><th scope="col">${e(first)}</th>${compared
      .map((c) => `<th scope="col"><a href="${e(c.city.href)}">${e(c.city.name)}</a></th>`)
      .join('')}</tr></thead>`;
  const table = (label: string, first: string, body: string, className = '') =>
    `<section class="table-scroll" aria-label="${e(text('table.region', { table: label }))}" tabindex="0"><table class="compare-table${className}"><caption>${e(label)}</caption>${head(first)}<tbody>${body}</tbody></table></section>`;

  const reading = () => text(choice === 'latest' ? 'readings.whichLatest' : 'readings.whichPaper');

  function contextHtml(caption: string): string {
    const contextKeys: Record<ContextRow, CompareKey> = {
      country: 'city.country',
      region: 'city.region',
      adminLevel: 'city.adminLevel',
      districtType: 'city.districtType',
      role: 'city.role',
    };
    const rows = contextRows.map(
      (row) =>
        `<tr><th scope="row">${e(text(contextKeys[row]))}</th>${compared.map((c) => `<td>${e(c.city.context[row])}</td>`).join('')}</tr>`,
    );
    rows.push(
      `<tr data-row="reading"><th scope="row">${e(text('compare.reading'))}</th>${compared
        .map((c) => `<td>${e(c.reading?.label ?? '–')}</td>`)
        .join('')}</tr>`,
    );
    return table(caption, text('compare.cityHeading'), rows.join(''));
  }

  function levelsHtml(caption: string): string {
    const rows = page.characteristics.map(
      (ch) =>
        `<tr data-characteristic="${e(ch.id)}"><th scope="row">${e(ch.name)}</th>${compared
          .map((c) => `<td data-level="${e(levelOf(c, ch.id).level)}">${e(describe(c, ch.id))}</td>`)
          .join('')}</tr>`,
    );
    return table(caption, text('city.characteristic'), rows.join(''));
  }

  const statusWords = { met: 'compare.met', 'not-met': 'compare.notMet', 'no-evidence': 'compare.noEvidence' } as const;
  /** Per characteristic, a table of its criteria rung by rung, with each city's status. */
  function criteriaHtml(): string {
    return page.characteristics
      .map((ch) => {
        const body = rungs
          .map((rung) => {
            const rows = ch.ladder[rung].map(({ id }) => {
              const cells = compared.map((c) => {
                const status = c.reading?.criteria[id] ?? 'no-evidence';
                return `<td class="compare-status compare-status--${status}" data-status="${status}">${e(text(statusWords[status]))}</td>`;
              });
              return `<tr data-criterion="${e(id)}"><th scope="row">${e(page.criterionText[id] ?? id)}</th>${cells.join('')}</tr>`;
            });
            return `<tr class="compare-rung"><th scope="rowgroup" colspan="${compared.length + 1}">${e(text(`level.${rung}`))}</th></tr>${rows.join('')}`;
          })
          .join('');
        return `<details class="compare-criteria" data-characteristic="${e(ch.id)}"><summary><h3 id="criteria-${e(ch.id)}">${e(ch.name)}</h3></summary>${table(ch.name, text('compare.criterion'), body, ' compare-table--criteria')}</details>`;
      })
      .join('');
  }

  function learnHtml(): string {
    const byId = new Map(compared.map((c) => [c.city.id, c]));
    const names = new Map(page.characteristics.map((c) => [c.id, c.name]));
    const words: NextStepsWords<Proof<CompareProof>> = {
      lang: page.lang,
      text: (key, params) => text(key, params),
      characteristicName: (id) => names.get(id) ?? id,
      rungName: (rung) => text(`level.${rung as 'basic'}`),
      criterionText: (id) => page.criterionText[id] ?? id,
      cityName: (id) => byId.get(id)?.city.name ?? id,
      cityHref: (id, characteristic, proof) =>
        proof?.evidence.href ?? `${byId.get(id)?.city.href ?? ''}#${characteristic}`,
      evidence: (proof) => proof.evidence.evidence,
      evidenceLang: (proof) => proof.evidence.lang,
      citation: (proof) => proof.evidence.citation,
      casesOf: (city, characteristic) =>
        (byId.get(city)?.city.cases ?? []).filter((c) => c.characteristics.includes(characteristic)).slice(0, 2),
      colon: page.text['punct.colon'],
      clause: page.text['punct.clause'],
    };
    return learnFrom(compared, page.characteristics)
      .map(({ learner, steps, climbing }) => {
        const city = learner.city.name;
        // One line per step: the step, then each teacher with its kind; the evidence of each folds out below.
        const lines = nextStepsView(steps, words).map((step) => {
          const teachers = step.lessons
            .map(
              (lesson) =>
                `<span data-peer="${e(lesson.city)}" data-kind="${lesson.kind}"><a href="${e(lesson.href)}">${e(lesson.name)}</a>${e(open)}${e(lesson.kindLabel)}${e(close)}</span>`,
            )
            .join(e(page.text['punct.list']));
          const evidence = step.lessons
            .map((lesson) => {
              const proofs = lesson.proofs
                .map(
                  (p) =>
                    `<li data-criterion="${e(p.criterion)}"><strong>${e(p.text)}</strong>${e(page.text['punct.colon'])}${
                      p.evidenceLang ? `<span lang="${e(p.evidenceLang)}">${e(p.evidence)}</span>` : e(p.evidence)
                    } <span class="citation">${e(p.citation)}</span></li>`,
                )
                .join('');
              return `<p>${e(lesson.name)}</p><ul class="next-proofs" data-evidence-of="${e(lesson.city)}">${proofs}</ul>`;
            })
            .join('');
          return `<li data-characteristic="${e(step.characteristic)}"><strong>${e(step.title)}</strong>${e(page.text['punct.colon'])}${teachers}<details><summary>${e(text('next.evidence'))}</summary>${evidence}</details></li>`;
        });
        const body =
          lines.length > 0
            ? `<ul class="compare-lessons">${lines.join('')}</ul>`
            : `<p class="meta">${e(text(climbing ? 'compare.learnNone' : 'compare.learnNotAssessed', { city }))}</p>`;
        return `<section class="compare-learner" data-learner="${e(learner.city.id)}" aria-labelledby="learn-${e(learner.city.id)}"><h3 id="learn-${e(learner.city.id)}">${e(text('compare.learnerTitle', { city }))}</h3>${body}</section>`;
      })
      .join('');
  }

  function casesHtml(): string {
    return compared
      .map((c) => {
        const items =
          c.city.cases.length > 0
            ? `<ul>${c.city.cases.map((x) => `<li><a href="${e(x.href)}">${e(x.title)}</a></li>`).join('')}</ul>`
            : `<p class="meta">${e(text('compare.noCases'))}</p>`;
        return `<section class="compare-cases" data-cases-of="${e(c.city.id)}" aria-labelledby="cases-${e(c.city.id)}"><h3 id="cases-${e(c.city.id)}"><a href="${e(c.city.href)}">${e(c.city.name)}</a></h3>${items}</section>`;
      })
      .join('');
  }

  return {
    names,
    reading,
    contextHtml,
    levelsHtml,
    criteriaHtml,
    learnHtml,
    casesHtml,
    describe,
    printTitle: (date: string) => text('compare.printTitle', { list: list(names), date }),
    chartTitle: () => text('compare.chartTitle', { list: list(names) }),
  };
}

/** A few cities to a file: files small enough to fetch for a comparison, few enough not to slow a build of thousands. */
export const citiesPerShard = 6;
export const shardCount = (cities: number) => Math.max(1, Math.ceil(cities / citiesPerShard));

/** The file a city's part is in: its id's FNV-1a hash, modulo the number of files. The page and the build agree. */
export function shardOf(id: string, shards: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    hash ^= id.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % shards;
}

/** A file of cities' parts, by id. */
export interface CompareShard {
  cities: Record<string, CompareCity>;
}

/** The site path of the file holding a city's part. */
export const cityFileHref = (page: Pick<ComparePage, 'cityHref' | 'shards'>, id: string) =>
  page.cityHref.replace('{shard}', String(shardOf(id, page.shards)));

/** The compare page's path in a language, with a choice: for links from the city pages. */
export const compareHref = (lang: Language, ids: readonly string[]) =>
  sitePath(`/${lang}/compare/${choiceSearch(ids)}`);
