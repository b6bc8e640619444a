/**
 * The self-assessment's report, from the answers to what the page shows: levels, chart cells, the roadmap
 * to the targets, "learn next from" (the city pages' report, through the same renderer), balance and
 * exchange partners, the comparison with an earlier export, and the CSV. Pure and browser-safe: the page's
 * script (src/scripts/self-assessment.ts) only reads the form and puts these into the page. Every HTML
 * string is escaped, so it can go into an element as it is.
 */
import type { UiKey } from '../i18n';
import { pluralKey } from '../i18n/plural';
import { fillTemplate } from '../i18n/template';
import { cellState } from './charts/ladder-chart';
import { toCsv } from './csv';
import { escapeHtml } from './html';
import type { Language } from './languages';
import { rankOf, rungOfRank, rungs, type Rung } from './levels';
import { indexTeachers, nextSteps, type Learner, type Proof } from './next-steps';
import { nextStepsKeys, nextStepsView, renderNextSteps, type NextStepsWords } from './next-steps-view';
import { balanceWarnings, exchangePartnerFinder, type PeerProfile } from './peers';
import { isCooperationRegion } from './places';
import { describeScore, scoreTextKeys } from './score-text';
import { scoreAssessment, type CharacteristicScore, type LadderIds } from './scoring';
import { sitePath } from './site-path';
import type { SelfAssessment } from './self-assessment-state';

/** The UI strings the browser needs; src/data/self-assessment.ts ships exactly these. */
export const selfAssessmentKeys = [
  ...scoreTextKeys,
  'self.badLink',
  'self.badFile',
  'self.imported',
  'self.cleared',
  'self.restored',
  'self.printedOn',
  'self.answerFirst',
  'self.noRoadmap',
  'self.citiesAtRung',
  'self.noPeers',
  'self.casesFor',
  'self.then',
  'self.now',
  'self.changed',
  'self.cityName',
  'self.loadingCities',
  'self.citiesFailed',
  'city.characteristic',
  'criterion.shownBy',
  'peers.atTop',
  'balance.lead',
  'balance.gap',
  'balance.gapOne',
  'balance.ok',
  'exchange.title',
  'exchange.lead',
  'exchange.teaches',
  'exchange.learns',
  'exchange.none',
  ...nextStepsKeys,
] as const satisfies readonly UiKey[];
export type SelfAssessmentKey = (typeof selfAssessmentKeys)[number];

/** A link to a case or a city, titled in the page's language. */
export interface Link {
  title: string;
  href: string;
}

/**
 * What the page writes into its HTML for the browser, in the page's language (src/data/self-assessment.ts): all the
 * report needs before it compares the answers with the cities, whose part (`SelfAssessmentCities`) is a file of its
 * own, fetched the first time an answer or a target needs it.
 */
export interface SelfAssessmentPage {
  lang: Language;
  /** The rated characteristics, in the paper's order, with their criterion ids per rung. */
  characteristics: { id: string; name: string; ladder: LadderIds }[];
  criterionText: Record<string, string>;
  text: Record<SelfAssessmentKey, string>;
  /** The address of the cities' part, named by its content's hash (cached like Astro's assets). */
  citiesHref: string;
}

/** The cities as teachers, peers and partners, in the page's language: a file the page fetches when needed. */
/** A criterion a city's evidence meets: the evidence and the paper's locators, or a report's citation and link. */
export interface ProofEntry {
  evidence: string;
  at: readonly string[];
  /** A city report's proof: whose evidence and of when, worded at build time. */
  citation?: string;
  /** A city report's proof: the report on the city page. */
  href?: string;
  /** The language tag of the evidence where it is not the page's (a report's words, as the city wrote them). */
  lang?: string;
}

/** Which evidence the roadmap, "learn next from" and balance compare the answers with (as on the city pages). */
export type EvidenceChoice = 'latest' | 'paper';

export interface SelfAssessmentCities {
  /** Every city's compact profile (src/lib/peers.ts `compactProfile`), by the paper's reading. */
  profiles: PeerProfile[];
  /** Per city, the criteria its evidence meets by the paper's reading: the evidence and the paper's locators. */
  proofs: Record<string, Record<string, ProofEntry>>;
  /** The cities whose latest reading is a reviewed city report, by that reading; absent while there is none. */
  reported?: { profiles: PeerProfile[]; proofs: Record<string, Record<string, ProofEntry>> };
  /** Each locator the proofs cite, as the page's language reads it ("Box 6", "专栏 6"). */
  citations: Record<string, string>;
  cityNames: Record<string, string>;
  /** The title of every case the lists below name, by slug: each title is shipped once. */
  caseTitles: Record<string, string>;
  /** Per city and characteristic, its cases (at most two), as the city pages list them. */
  casesByCity: Record<string, Record<string, readonly string[]>>;
  /**
   * The roadmap's cases, here rather than in the page (they are needed only with a target, which fetches this file):
   * per criterion, the cases that show it (src/lib/case-criteria.ts), at most three.
   */
  casesShowing: Record<string, readonly string[]>;
  /** Per characteristic, its first cases in the catalogue (at most three). */
  casesByCharacteristic: Record<string, readonly string[]>;
}

/** Everything the report reads: the page's part and the cities' part. */
export type SelfAssessmentData = Omit<SelfAssessmentPage, 'citiesHref'> & Omit<SelfAssessmentCities, 'reported'>;

/** No cities yet: what the report reads before the cities' part has arrived (or when it could not). */
export const noCities: SelfAssessmentCities = {
  profiles: [],
  proofs: {},
  citations: {},
  cityNames: {},
  caseTitles: {},
  casesByCity: {},
  casesShowing: {},
  casesByCharacteristic: {},
};

/** The page's part and the cities' part as one. */
export function withCities(
  page: SelfAssessmentPage,
  cities: SelfAssessmentCities,
  evidence: EvidenceChoice = 'latest',
): SelfAssessmentData {
  const { citiesHref: _, ...rest } = page;
  const { reported, ...paper } = cities;
  // A reported city's latest reading replaces its paper reading whole: levels and proofs, never merged.
  const latest = evidence === 'latest' && reported ? reported : undefined;
  const byId = new Map(latest?.profiles.map((p) => [p.id, p]));
  return {
    ...rest,
    ...paper,
    ...(latest
      ? { profiles: paper.profiles.map((p) => byId.get(p.id) ?? p), proofs: { ...paper.proofs, ...latest.proofs } }
      : {}),
  };
}

/** Whether the report of these answers compares them with the cities (so it needs the cities' part). */
export const needsCities = (state: SelfAssessment) =>
  Object.keys(state.answers).length > 0 || Object.values(state.targets).some((target) => target > 0);

type Text = (key: SelfAssessmentKey, params?: Record<string, string | number>) => string;
type Scores = Record<string, CharacteristicScore>;

/** Links to cases, from their slugs. */
const caseLinks = (data: SelfAssessmentData, slugs: readonly string[] = []): Link[] =>
  slugs.map((slug) => ({ title: data.caseTitles[slug] ?? slug, href: sitePath(`/${data.lang}/cases/${slug}/`) }));

/** The proofs of every city, as the report reads them: evidence in the page's language only. */
type SelfProof = Proof<string> & Pick<ProofEntry, 'citation' | 'href' | 'lang'>;
function teachersOf(data: SelfAssessmentData) {
  return data.profiles.map((profile) => ({
    profile,
    proofs: new Map<string, SelfProof>(
      Object.entries(data.proofs[profile.id] ?? {}).map(([criterion, { at, ...p }]) => [
        criterion,
        { criterion, ...p, cite: { at } },
      ]),
    ),
  }));
}

/** The words of "learn next from", read from the serialised maps instead of the content. */
export function nextStepsWordsOf(data: SelfAssessmentData): NextStepsWords<SelfProof> {
  const names = new Map(data.characteristics.map((c) => [c.id, c.name]));
  return {
    lang: data.lang,
    text: (key, params) => fillTemplate(data.text[key], params),
    characteristicName: (id) => names.get(id) ?? id,
    rungName: (rung) => data.text[`level.${rung as Rung}`],
    criterionText: (id) => data.criterionText[id] ?? id,
    cityName: (id) => data.cityNames[id] ?? id,
    cityHref: (id, characteristic, proof) => proof?.href ?? sitePath(`/${data.lang}/cities/${id}/#${characteristic}`),
    evidence: (proof) => proof.evidence,
    evidenceLang: (proof) => proof.lang,
    citation: (proof) =>
      proof.citation ??
      proof.cite.at.map((locator) => data.citations[locator] ?? locator).join(data.text['punct.list']),
    casesOf: (city, characteristic) => caseLinks(data, data.casesByCity[city]?.[characteristic]),
    colon: data.text['punct.colon'],
    clause: data.text['punct.clause'],
  };
}

/** The self-assessment as the peer finder sees a city: the context given and the levels scored. */
export function selfProfile(state: SelfAssessment, scores: Scores): PeerProfile {
  return {
    id: 'self',
    ...state.context,
    domains: [],
    levels: scores,
  };
}

/** The learner of "learn next from": the levels scored, and every criterion answered yes as met. */
export function learnerOf(state: SelfAssessment, scores: Scores): Learner {
  return { profile: selfProfile(state, scores), meets: (criterion) => state.answers[criterion] === 'yes' };
}

export interface RoadmapRung {
  rung: Rung;
  /** The rung's criteria not answered yes, each with the cases that show it. */
  todo: { criterion: string; text: string; shownBy: readonly Link[] }[];
  /** Cities whose evidence proves this rung (at most four). */
  cities: Link[];
}

export interface RoadmapStep {
  characteristic: string;
  /** "Governance: Basic, possibly State-of-the-art → More advanced". */
  title: string;
  rungs: RoadmapRung[];
  cases: readonly Link[];
}

/** Scores the answers with the build's scoring module: yes is met, no is not met, unknown has no evidence. */
export const scoreAnswers = (characteristics: SelfAssessmentPage['characteristics'], state: SelfAssessment): Scores =>
  scoreAssessment(
    characteristics,
    Object.entries(state.answers).map(([criterion, a]) => ({
      criterion,
      status: a === 'yes' ? ('met' as const) : ('not-met' as const),
    })),
  );

/** Reads the answers against the site's data, in the page's language. */
export function selfAssessmentReport(data: SelfAssessmentData) {
  const text: Text = (key, params) => fillTemplate(data.text[key], params);
  const colon = text('punct.colon');
  const list = text('punct.list');
  // Around the cases that show a criterion: full-width brackets in Chinese.
  const [open, close] = data.lang === 'zh' ? ['（', '）'] : [' (', ')'];
  const criterionIds = data.characteristics.flatMap((c) => rungs.flatMap((r) => c.ladder[r].map((x) => x.id)));
  const characteristicIds = data.characteristics.map((c) => c.id);
  const names = new Map(data.characteristics.map((c) => [c.id, c.name]));
  // Indexed once per page: every answer changed asks the report again.
  const teachers = indexTeachers(teachersOf(data));
  const words = nextStepsWordsOf(data);
  const partnersOf = exchangePartnerFinder(data.profiles);
  const describe = (score: CharacteristicScore) => describeScore(score, text);
  const links = (items: readonly Link[]) =>
    items.map((x) => `<a href="${escapeHtml(x.href)}">${escapeHtml(x.title)}</a>`).join(escapeHtml(list));
  const cityHref = (id: string, characteristic?: string) =>
    sitePath(`/${data.lang}/cities/${id}/${characteristic ? `#${characteristic}` : ''}`);

  const scores = (state: SelfAssessment): Scores => scoreAnswers(data.characteristics, state);

  /** Per characteristic: the level in words and the state of its four chart cells. */
  const levels = (s: Scores) =>
    data.characteristics.map((c) => ({
      characteristic: c.id,
      text: describe(s[c.id]),
      cells: rungs.map((_, i) => cellState(s[c.id].level, s[c.id].possible, i + 1)),
    }));

  /** For each characteristic whose target is above its proven level: the criteria to meet, rung by rung. */
  function roadmap(state: SelfAssessment, s: Scores): RoadmapStep[] {
    return data.characteristics.flatMap((c) => {
      const target = state.targets[c.id];
      const score = s[c.id];
      const current = score.level === 'not-assessed' ? 0 : rankOf(score.level);
      if (!target || target <= current) return [];
      const steps: RoadmapRung[] = [];
      for (let rank = current + 1; rank <= target; rank++) {
        const rung = rungOfRank(rank);
        steps.push({
          rung,
          todo: c.ladder[rung]
            .filter((x) => state.answers[x.id] !== 'yes')
            .map((x) => ({
              criterion: x.id,
              text: data.criterionText[x.id],
              shownBy: caseLinks(data, data.casesShowing[x.id]),
            })),
          cities: data.profiles
            .filter((p) => p.levels[c.id]?.level === rung)
            .slice(0, 4)
            .map((p) => ({ title: data.cityNames[p.id], href: cityHref(p.id, c.id) })),
        });
      }
      return [
        {
          characteristic: c.id,
          title: `${c.name}${colon}${describe(score)} → ${text(`level.${rungOfRank(target)}`)}`,
          rungs: steps,
          cases: caseLinks(data, data.casesByCharacteristic[c.id]),
        },
      ];
    });
  }

  function roadmapHtml(state: SelfAssessment, s: Scores): string {
    const steps = roadmap(state, s);
    if (steps.length === 0) return `<p class="meta">${escapeHtml(text('self.noRoadmap'))}</p>`;
    return steps
      .map((step) => {
        const body = step.rungs.map((r) => {
          const todo = r.todo
            .map(
              (x) =>
                `<li data-criterion="${escapeHtml(x.criterion)}">${escapeHtml(x.text)}${
                  x.shownBy.length > 0
                    ? `<span class="meta">${escapeHtml(`${open}${text('criterion.shownBy')}${colon}`)}${links(x.shownBy)}${escapeHtml(close)}</span>`
                    : ''
                }</li>`,
            )
            .join('');
          const cities = r.cities.length > 0 ? links(r.cities) : escapeHtml(text('self.noPeers'));
          return `<h4>${escapeHtml(text(`level.${r.rung}`))}</h4>${todo ? `<ul>${todo}</ul>` : ''}<p class="meta">${escapeHtml(
            `${text('self.citiesAtRung')}${colon}`,
          )}${cities}</p>`;
        });
        const cases =
          step.cases.length > 0
            ? `<p class="meta">${escapeHtml(`${text('self.casesFor')}${colon}`)}${links(step.cases)}</p>`
            : '';
        return `<div class="roadmap-step" data-characteristic="${escapeHtml(step.characteristic)}"><h3>${escapeHtml(
          step.title,
        )}</h3>${body.join('')}${cases}</div>`;
      })
      .join('');
  }

  const anyAssessed = (s: Scores) => Object.values(s).some((score) => score.assessed);

  /** "Learn next from": the report of the city pages, for the answers as the learner. */
  function learnNextHtml(state: SelfAssessment, s: Scores): string {
    const steps = nextSteps({ learner: learnerOf(state, s), teachers, ladders: data.characteristics });
    if (steps.length > 0) return renderNextSteps(nextStepsView(steps, words), words);
    return `<p class="meta">${escapeHtml(text(anyAssessed(s) ? 'peers.atTop' : 'self.answerFirst'))}</p>`;
  }

  /** Balance across characteristics (chapter 6) and, for an EU or Chinese city, exchange partners. */
  function balanceHtml(state: SelfAssessment, s: Scores): string {
    if (!anyAssessed(s)) return `<p class="meta">${escapeHtml(text('self.answerFirst'))}</p>`;
    const me = selfProfile(state, s);
    const warnings = balanceWarnings(me);
    const name = (id: string) => names.get(id) ?? id;
    let html =
      warnings.length > 0
        ? `<p>${escapeHtml(text('balance.lead'))}</p><ul>${warnings
            .map(
              (w) =>
                `<li>${escapeHtml(text(pluralKey(data.lang, 'balance.gap', w.gap), { characteristic: name(w.characteristic), gap: w.gap }))}</li>`,
            )
            .join('')}</ul>`
        : `<p class="meta">${escapeHtml(text('balance.ok'))}</p>`;
    if (isCooperationRegion(me.region)) {
      const partners = partnersOf(me, 3);
      html += `<h3>${escapeHtml(text('exchange.title'))}</h3><p>${escapeHtml(text('exchange.lead'))}</p>`;
      html +=
        partners.length > 0
          ? `<ul>${partners
              .map(
                (p) =>
                  `<li data-partner="${escapeHtml(p.profile.id)}"><a href="${escapeHtml(cityHref(p.profile.id))}">${escapeHtml(
                    data.cityNames[p.profile.id],
                  )}</a>${escapeHtml(
                    `${colon}${text('exchange.teaches')} ${p.teaches.map(name).join(list)}${text('punct.clause')}${text(
                      'exchange.learns',
                    )} ${p.learns.map(name).join(list)}`,
                  )}</li>`,
              )
              .join('')}</ul>`
          : `<p class="meta">${escapeHtml(text('exchange.none'))}</p>`;
    }
    return html;
  }

  /** Levels then and now, and how many answers changed, for an earlier export beside the answers now. */
  function comparisonHtml(earlier: SelfAssessment, now: SelfAssessment): string {
    const [then, current] = [scores(earlier), scores(now)];
    const changed = criterionIds.filter(
      (id) => (earlier.answers[id] ?? 'unknown') !== (now.answers[id] ?? 'unknown'),
    ).length;
    const head = [text('city.characteristic'), text('self.then'), text('self.now')]
      .map((h) => `<th scope="col">${escapeHtml(h)}</th>`)
      .join('');
    const rows = data.characteristics
      .map(
        (c) =>
          `<tr><th scope="row">${escapeHtml(c.name)}</th><td>${escapeHtml(describe(then[c.id]))}</td><td>${escapeHtml(
            describe(current[c.id]),
          )}</td></tr>`,
      )
      .join('');
    return `<p>${escapeHtml(`${text('self.changed')}${colon}${changed}`)}</p><table class="comparison"><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table>`;
  }

  /** Every criterion with its answer and note, beside its characteristic's level (id and words). */
  function csv(state: SelfAssessment): string {
    const s = scores(state);
    const rows = data.characteristics.flatMap((c) =>
      rungs.flatMap((r) =>
        c.ladder[r].map((x) => ({
          characteristic: c.id,
          level: s[c.id].level,
          possible_level: s[c.id].possible,
          level_text: describe(s[c.id]),
          criterion: x.id,
          text: data.criterionText[x.id],
          answer: state.answers[x.id] ?? 'unknown',
          note: state.notes[x.id],
        })),
      ),
    );
    return toCsv(
      ['characteristic', 'level', 'possible_level', 'level_text', 'criterion', 'text', 'answer', 'note'],
      rows,
    );
  }

  /** The line naming the city on the printed report, or nothing. */
  const printedCity = (state: SelfAssessment) => (state.city ? `${text('self.cityName')}${colon}${state.city}` : '');

  return {
    text,
    criterionIds,
    characteristicIds,
    scores,
    levels,
    roadmap,
    roadmapHtml,
    learnNextHtml,
    balanceHtml,
    comparisonHtml,
    csv,
    printedCity,
  };
}
