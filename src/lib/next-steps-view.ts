/**
 * The one renderer of the "learn next from" report, for the city pages (at build time) and the
 * self-assessment (in the browser): the report as words in one language, then as HTML. Pure and
 * browser-safe; every text is escaped, so the HTML can go into a page or an element as it is.
 */
import type { Lesson, NextStep, Proof, TeacherKind } from './next-steps';
import { escapeHtml } from './html';
import type { PeerProfile } from './peers';
import type { Language } from './languages';
import { pluralKey } from '../i18n/plural';
import type { UiKey } from '../i18n';

/** The UI strings a page's script needs to render the report in the browser (the self-assessment, compare). */
export const nextStepsKeys = [
  'next.for',
  'next.lacking',
  'next.none',
  'next.kind.a',
  'next.kind.b',
  'next.kind.c',
  'next.similarity',
  'next.similarityOne',
  'next.similarityNone',
  'next.cases',
  'next.evidence',
  'punct.colon',
  'punct.list',
  'punct.clause',
] as const satisfies readonly UiKey[];

/** What the renderer needs to put the report into words, in one language. */
export interface NextStepsWords<R extends Proof<unknown> = Proof> {
  lang: Language;
  text: (
    key:
      | 'next.for'
      | 'next.lacking'
      | 'next.none'
      | 'next.kind.a'
      | 'next.kind.b'
      | 'next.kind.c'
      | 'next.similarity'
      | 'next.similarityOne'
      | 'next.similarityNone'
      | 'next.cases'
      | 'next.evidence',
    params?: Record<string, string | number>,
  ) => string;
  characteristicName: (id: string) => string;
  rungName: (rung: string) => string;
  criterionText: (id: string) => string;
  cityName: (id: string) => string;
  /** The teacher's evidence on its page: the characteristic's section, or the report a proof comes from. */
  cityHref: (id: string, characteristic: string, proof?: R) => string;
  evidence: (proof: R) => string;
  /** The language tag of the evidence where it is not the page's (a report's words, as the city wrote them). */
  evidenceLang?: (proof: R) => string | undefined;
  /** Where the evidence is from: the paper's chapter or box, or the city report, its date, review and source. */
  citation: (proof: R) => string;
  casesOf: (city: string, characteristic: string) => readonly { title: string; href: string }[];
  colon: string;
  /** Between the criteria a step still needs: "; " or "；". */
  clause: string;
}

export interface LessonView {
  city: string;
  name: string;
  href: string;
  kind: TeacherKind;
  kindLabel: string;
  proofs: { criterion: string; text: string; evidence: string; evidenceLang?: string; citation: string }[];
  similarity: string;
  cases: readonly { title: string; href: string }[];
}

export interface StepView {
  characteristic: string;
  title: string;
  lacking: string[];
  lessons: LessonView[];
}

export function nextStepsView<P extends PeerProfile, R extends Proof<unknown> = Proof>(
  steps: readonly NextStep<P, R>[],
  words: NextStepsWords<R>,
): StepView[] {
  const lessonView = (characteristic: string, lesson: Lesson<P, R>): LessonView => ({
    city: lesson.teacher.id,
    name: words.cityName(lesson.teacher.id),
    href: words.cityHref(lesson.teacher.id, characteristic, lesson.proofs[0]),
    kind: lesson.kind,
    kindLabel: words.text(`next.kind.${lesson.kind}`),
    proofs: lesson.proofs.map((p) => ({
      criterion: p.criterion,
      text: words.criterionText(p.criterion),
      evidence: words.evidence(p),
      ...(words.evidenceLang?.(p) ? { evidenceLang: words.evidenceLang(p) } : {}),
      citation: words.citation(p),
    })),
    similarity:
      lesson.similarity.sharedCharacteristics === 0
        ? words.text('next.similarityNone', { score: Math.round(lesson.similarity.score * 100) })
        : words.text(pluralKey(words.lang, 'next.similarity', lesson.similarity.sharedCharacteristics), {
            score: Math.round(lesson.similarity.score * 100),
            shared: lesson.similarity.sharedCharacteristics,
          }),
    cases: words.casesOf(lesson.teacher.id, characteristic),
  });
  return steps.map((step) => ({
    characteristic: step.characteristic,
    title: words.text('next.for', {
      characteristic: words.characteristicName(step.characteristic),
      rung: words.rungName(step.rung),
    }),
    lacking: step.lacking.map((id) => words.criterionText(id)),
    lessons: step.lessons.map((lesson) => lessonView(step.characteristic, lesson)),
  }));
}

const escape = escapeHtml;

/** The report as HTML: one list item per characteristic, each lesson with its criteria, evidence and cases. */
export function renderNextSteps(
  view: readonly StepView[],
  words: Pick<NextStepsWords, 'text' | 'colon' | 'clause'>,
): string {
  const items = view.map((step) => {
    const lacking =
      step.lacking.length > 0
        ? `<p class="next-lacking">${escape(words.text('next.lacking'))}${escape(words.colon)}${step.lacking.map(escape).join(escape(words.clause))}</p>`
        : '';
    const lessons =
      step.lessons.length === 0
        ? `<p class="meta">${escape(words.text('next.none'))}</p>`
        : `<ul class="next-lessons">${step.lessons
            .map((l) => {
              const proofs = l.proofs
                .map(
                  (p) =>
                    `<li data-criterion="${escape(p.criterion)}"><strong>${escape(p.text)}</strong><br>${escape(
                      words.text('next.evidence'),
                    )}${escape(words.colon)}${
                      p.evidenceLang
                        ? `<span lang="${escape(p.evidenceLang)}">${escape(p.evidence)}</span>`
                        : escape(p.evidence)
                    } <span class="citation">${escape(p.citation)}</span></li>`,
                )
                .join('');
              const cases =
                l.cases.length > 0
                  ? `<p class="meta">${escape(words.text('next.cases'))}${escape(words.colon)}${l.cases
                      .map((c) => `<a href="${escape(c.href)}">${escape(c.title)}</a>`)
                      .join(' · ')}</p>`
                  : '';
              return `<li data-peer="${escape(l.city)}" data-kind="${l.kind}"><p><a href="${escape(l.href)}">${escape(
                l.name,
              )}</a> <span class="next-kind next-kind--${l.kind}">${escape(l.kindLabel)}</span> <span class="meta">${escape(
                l.similarity,
              )}</span></p>${proofs ? `<ul class="next-proofs">${proofs}</ul>` : ''}${cases}</li>`;
            })
            .join('')}</ul>`;
    return `<li data-characteristic="${escape(step.characteristic)}"><h3>${escape(step.title)}</h3>${lacking}${lessons}</li>`;
  });
  return `<ol class="next-steps">${items.join('')}</ol>`;
}
