/**
 * The self-assessment page in the browser: reads the form, keeps the state in the link and in storage, and puts
 * the report (src/lib/self-assessment.ts) into the page. Elements are found by the page's own data attributes.
 * The cities' evidence (every city as a teacher, peer and partner) is a file of its own, fetched the first time
 * the answers are compared with the cities; until then, and if it cannot be had, the levels still work.
 * Reading an exported file needs zod, which loads only when a file is imported or compared.
 */
import { replacePageUrl } from './page-url';
import { byteOrderMark } from '../lib/csv';
import { localDay, longDate } from '../lib/dates';
import {
  needsCities,
  noCities,
  selfAssessmentReport,
  withCities,
  type EvidenceChoice,
  type SelfAssessmentCities,
  type SelfAssessmentPage,
} from '../lib/self-assessment';
import {
  decodeState,
  emptyAssessment,
  encodeState,
  selfAssessmentStorageKey as storageKey,
  toExportFile,
  hasEarlyChanges,
  withEarlyChanges,
  type Answer,
  type EarlyChanges,
  type SelfAssessment,
} from '../lib/self-assessment-state';

/** The next task: the page stays responsive between the parts of a long start (parse, prepare, render). */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
// The start waits one task. At DOMContentLoaded Chromium makes its own pass over the form's 175 controls (its form
// filling reads each one, about 110 ms on Lighthouse's slowed phone); with this script's start in the same task (about
// 65 ms more) it was one long task, the page's main blocking time (docs/performance.md, sixth round).
await nextTask();
const data = JSON.parse(document.getElementById('self-data')!.textContent) as SelfAssessmentPage;
/** The report before the cities arrive: levels, exports and the comparison need nothing of them. */
const report = selfAssessmentReport(withCities(data, noCities));
const { text, criterionIds, characteristicIds } = report;

type Report = typeof report;
/** The cities' part, once its file has arrived. */
let cities: SelfAssessmentCities | undefined;
/** The report with the cities, per evidence choice, made when first asked for. */
const withEvidence = new Map<EvidenceChoice, Report>();
/** The evidence chosen: the paper and reviewed city reports (the default), or the paper only. */
const evidenceChoice = (): EvidenceChoice =>
  document.querySelector<HTMLInputElement>('input[name="self-evidence"]:checked')?.value === 'paper'
    ? 'paper'
    : 'latest';
function evidenceReport(): Report | undefined {
  if (!cities) return undefined;
  const choice = evidenceChoice();
  let made = withEvidence.get(choice);
  if (!made) withEvidence.set(choice, (made = selfAssessmentReport(withCities(data, cities, choice))));
  return made;
}
let loadingCities: Promise<Report> | undefined;
function citiesReport(): Promise<Report> {
  loadingCities ??= fetch(data.citiesHref)
    .then((response) => {
      if (!response.ok) throw new Error(`${response.status} ${response.statusText}`.trim());
      return response.json() as Promise<SelfAssessmentCities>;
    })
    .then(async (arrived) => {
      await nextTask();
      cities = arrived;
      return evidenceReport()!;
    })
    .catch((error: unknown) => {
      loadingCities = undefined;
      throw error;
    });
  return loadingCities;
}

const find = <E extends Element = HTMLElement>(selector: string) => document.querySelector<E>(selector)!;
const form = find('[data-self-form]');
const message = find('[data-message]');
const cityInput = find<HTMLInputElement>('[data-city]');
const contextSelects = [...document.querySelectorAll<HTMLSelectElement>('[data-context]')];

function say(textContent: string, isError: boolean) {
  message.textContent = textContent;
  message.hidden = false;
  message.setAttribute('role', isError ? 'alert' : 'status');
}

const noteDetails = (id: string) => form.querySelector<HTMLDetailsElement>(`details[data-note-for="${id}"]`)!;
/** A criterion's note box if it has been made (see Criteria.astro). */
const madeNoteBox = (id: string) => noteDetails(id).querySelector('textarea');
/** A criterion's note box, made the first time it is needed. */
function noteBox(id: string): HTMLTextAreaElement {
  const existing = madeNoteBox(id);
  if (existing) return existing;
  const details = noteDetails(id);
  const questionId = details.closest('[aria-labelledby]')?.getAttribute('aria-labelledby') ?? '';
  const question = document.getElementById(questionId)?.textContent ?? '';
  const box = Object.assign(document.createElement('textarea'), { name: `note:${id}`, rows: 2 });
  box.setAttribute('aria-label', `${details.querySelector('summary')!.textContent.trim()}: ${question}`);
  details.append(box);
  return box;
}
// Opening a note makes its box (the toggle event does not bubble, so it is caught on the way down).
form.addEventListener(
  'toggle',
  (event) => {
    const details = event.target as HTMLElement;
    if (details instanceof HTMLDetailsElement && details.open && details.dataset.noteFor)
      noteBox(details.dataset.noteFor);
  },
  true,
);
// A note opened before this script ran (on a slow connection) had no one to make its box: it gets it now.
for (const details of form.querySelectorAll<HTMLDetailsElement>('details[data-note-for][open]'))
  noteBox(details.dataset.noteFor!);

function readForm(): SelfAssessment {
  const state = emptyAssessment();
  for (const id of criterionIds) {
    const chosen = form.querySelector<HTMLInputElement>(`input[name="${id}"]:checked`)?.value as Answer | undefined;
    if (chosen && chosen !== 'unknown') state.answers[id] = chosen;
    const note = madeNoteBox(id)?.value.trim();
    if (note) state.notes[id] = note;
  }
  for (const id of characteristicIds) {
    const target = Number(form.querySelector<HTMLSelectElement>(`select[name="target:${id}"]`)!.value);
    if (target > 0) state.targets[id] = target;
  }
  for (const select of contextSelects) {
    if (select.value) (state.context as Record<string, string>)[select.dataset.context!] = select.value;
  }
  const city = cityInput.value.trim();
  if (city) state.city = city;
  return state;
}

/** Whether a select shows the option its page gave it (the first one when none is marked selected). */
function showsDefault(select: HTMLSelectElement) {
  const initial = [...select.options].find((o) => o.defaultSelected) ?? select.options[0];
  return select.selectedOptions[0] === initial;
}

/** What the reader changed before this script ran: every control that no longer shows its page's default. */
function changedBeforeStart(): EarlyChanges {
  const early: EarlyChanges = { answers: {}, targets: {}, context: {} };
  for (const id of criterionIds) {
    const chosen = form.querySelector<HTMLInputElement>(`input[name="${id}"]:checked`);
    if (chosen && !chosen.defaultChecked) early.answers[id] = chosen.value as Answer;
  }
  for (const id of characteristicIds) {
    const select = form.querySelector<HTMLSelectElement>(`select[name="target:${id}"]`)!;
    if (!showsDefault(select)) early.targets[id] = Number(select.value);
  }
  for (const select of contextSelects) if (!showsDefault(select)) early.context[select.dataset.context!] = select.value;
  if (cityInput.value !== cityInput.defaultValue) early.city = cityInput.value;
  return early;
}

function writeForm(state: SelfAssessment) {
  for (const id of criterionIds) {
    const answer = state.answers[id] ?? 'unknown';
    const radio = form.querySelector<HTMLInputElement>(`input[name="${id}"][value="${answer}"]`)!;
    if (!radio.checked) radio.checked = true;
    const note = state.notes[id];
    if (note) {
      noteBox(id).value = note;
      noteDetails(id).open = true;
    } else {
      const made = madeNoteBox(id);
      if (made) made.value = '';
    }
  }
  for (const id of characteristicIds) {
    setValue(form.querySelector<HTMLSelectElement>(`select[name="target:${id}"]`)!, String(state.targets[id] ?? 0));
  }
  for (const select of contextSelects) {
    setValue(select, (state.context as Record<string, string | undefined>)[select.dataset.context!] ?? '');
  }
  setValue(cityInput, state.city ?? '');
}

/** The printed report's date: the day it is drawn, refreshed when it is printed. */
const printDate = find('[data-print-date]');
const datePrint = () => setText(printDate, text('self.printedOn', { date: longDate(data.lang, localDay(new Date())) }));
window.addEventListener('beforeprint', datePrint);

/**
 * Writes only what changed: a write of the same text still makes the browser lay the page out again, and on the
 * first render (the answers as the page already shows them) that layout is most of the page's blocking time.
 */
function setValue(control: HTMLInputElement | HTMLSelectElement, value: string) {
  if (control.value !== value) control.value = value;
}
function setText(element: Element, text: string) {
  if (element.textContent !== text) element.textContent = text;
}
const written = new WeakMap<Element, string>();
function setHtml(element: Element, html: string) {
  if ((written.get(element) ?? element.innerHTML) === html) return;
  element.innerHTML = html;
  written.set(element, html);
}

function render(state: SelfAssessment) {
  const scores = report.scores(state);
  datePrint();
  // The printed report names the city; the form that holds the name is not printed.
  const printCity = find('[data-print-city]');
  setText(printCity, report.printedCity(state));
  if (printCity.hidden !== !state.city) printCity.hidden = !state.city;
  for (const row of report.levels(scores)) {
    setText(find(`[data-level-for="${row.characteristic}"]`), row.text);
    document
      .querySelectorAll<SVGRectElement>(`[data-ladder-chart] g[data-characteristic="${row.characteristic}"] rect`)
      .forEach((rect, i) => {
        const cell = row.cells[i];
        if (rect.dataset.state === cell) return;
        rect.dataset.state = cell;
        rect.setAttribute('class', `ladder-chart__cell ladder-chart__cell--${cell}`);
        if (cell === 'possible') rect.setAttribute('fill', `url(#${rect.closest('svg')!.dataset.ladderChart}-hatch)`);
        else rect.removeAttribute('fill');
      });
  }
  renderComparedWithCities(state, scores);
}

/** The state last drawn: the cities' file may arrive after later answers. */
let drawn: SelfAssessment | undefined;
const comparedParts = ['[data-roadmap]', '[data-next-steps]', '[data-balance]'];

/** The roadmap, learn next from and balance: with the cities' evidence, fetched the first time it is needed. */
function renderComparedWithCities(state: SelfAssessment, scores: ReturnType<Report['scores']>) {
  drawn = state;
  const ready = evidenceReport() ?? (needsCities(state) ? undefined : report);
  if (ready) {
    // Escaped HTML from the report's renderers (src/lib/self-assessment.ts, src/lib/next-steps-view.ts).
    setHtml(find('[data-roadmap]'), ready.roadmapHtml(state, scores));
    setHtml(find('[data-next-steps]'), ready.learnNextHtml(state, scores));
    setHtml(find('[data-balance]'), ready.balanceHtml(state, scores));
    return;
  }
  const note = (key: 'self.loadingCities' | 'self.citiesFailed', reason = '') => {
    for (const part of comparedParts) {
      const paragraph = Object.assign(document.createElement('p'), {
        className: 'meta',
        textContent: text(key, { reason }),
      });
      find(part).replaceChildren(paragraph);
      written.delete(find(part));
    }
  };
  note('self.loadingCities');
  citiesReport().then(
    (full) => {
      if (drawn) renderComparedWithCities(drawn, full.scores(drawn));
    },
    (error: unknown) => note('self.citiesFailed', error instanceof Error ? error.message : String(error)),
  );
}

function save(state: SelfAssessment) {
  const encoded = encodeState(state, criterionIds, characteristicIds);
  replacePageUrl(`${location.pathname}#s=${encoded}`);
  try {
    localStorage.setItem(storageKey, encoded);
  } catch {
    // Private windows may refuse storage; the link still holds the state.
  }
}

function stored(): SelfAssessment {
  try {
    const saved = localStorage.getItem(storageKey);
    if (saved) {
      const decoded = decodeState(saved, criterionIds, characteristicIds);
      if (decoded.ok) return decoded.value;
    }
  } catch {
    // No storage: start empty.
  }
  return emptyAssessment();
}

function show(state: SelfAssessment) {
  writeForm(state);
  save(state);
  render(state);
}

/** The first render, after the form is filled in and laid out, in its own task. */
async function showFirst(state: SelfAssessment) {
  writeForm(state);
  save(state);
  await nextTask();
  render(state);
}

// A link wins over what this browser remembers; a broken link never overwrites it. What the reader answered before
// this script ran (on a slow connection) wins over both and is saved with them.
const early = changedBeforeStart();
const fromLink = new URLSearchParams(location.hash.slice(1)).get('s');
const linked = fromLink === null ? undefined : decodeState(fromLink, criterionIds, characteristicIds);
if (linked && !linked.ok) {
  say(text('self.badLink', { reason: linked.reason }), true);
  const kept = withEarlyChanges(stored(), early);
  writeForm(kept);
  // The broken link stays in the address bar until the reader changes something; answers given early are a change.
  if (hasEarlyChanges(early)) save(kept);
  void nextTask().then(() => render(kept));
} else {
  void showFirst(withEarlyChanges(linked?.value ?? stored(), early));
}
find('[data-actions]').hidden = false;

const onChange = () => {
  closeUndo();
  const state = readForm();
  save(state);
  render(state);
};
form.addEventListener('input', onChange);
for (const select of contextSelects) select.addEventListener('change', onChange);
cityInput.addEventListener('input', onChange);
// The evidence compared with: not part of the answers, so neither saved nor in the link.
document.querySelector('[data-self-evidence]')?.addEventListener('change', () => render(readForm()));

function download(name: string, type: string, body: string) {
  const url = URL.createObjectURL(new Blob([body], { type }));
  const link = Object.assign(document.createElement('a'), { href: url, download: name });
  link.click();
  URL.revokeObjectURL(url);
}

find('[data-export]').addEventListener('click', () => {
  const file = toExportFile(readForm(), criterionIds, new Date().toISOString());
  download('self-assessment.json', 'application/json', JSON.stringify(file, null, 2));
});

find('[data-export-csv]').addEventListener('click', () => {
  // A byte-order mark, so spreadsheet programs read the Chinese as UTF-8.
  download('self-assessment.csv', 'text/csv', `${byteOrderMark}${report.csv(readForm())}`);
});

find('[data-print]').addEventListener('click', () => window.print());

// "Start again" clears at once and offers to undo, until the next change: no blocking confirm dialog.
const undo = find('[data-undo]');
const undoStatus = find('[data-undo-status]');
let beforeClear: SelfAssessment | undefined;
function closeUndo() {
  beforeClear = undefined;
  undo.hidden = true;
  undoStatus.textContent = '';
}
find('[data-clear]').addEventListener('click', () => {
  beforeClear = readForm();
  message.hidden = true;
  show(emptyAssessment());
  undo.hidden = false;
  undoStatus.textContent = text('self.cleared');
});
find('[data-undo-button]').addEventListener('click', () => {
  const previous = beforeClear;
  closeUndo();
  if (!previous) return;
  show(previous);
  say(text('self.restored'), false);
  find('[data-clear]').focus();
});

/** Reads an exported file from a file input; says what is wrong (file, field, reason) and returns nothing if it does not fit. */
async function readExportFile(input: HTMLInputElement): Promise<SelfAssessment | undefined> {
  const file = input.files?.[0];
  input.value = '';
  if (!file) return undefined;
  const [{ fromExportText }, content] = await Promise.all([import('../lib/self-assessment-file'), file.text()]);
  const decoded = fromExportText(content, criterionIds);
  if (decoded.ok) return decoded.value;
  say(text('self.badFile', { file: file.name, reason: decoded.reason }), true);
  return undefined;
}

async function importFile(input: HTMLInputElement) {
  const imported = await readExportFile(input);
  if (!imported) return;
  closeUndo();
  show(imported);
  say(text('self.imported'), false);
}

async function compareFile(input: HTMLInputElement) {
  const earlier = await readExportFile(input);
  if (earlier) find('[data-comparison]').innerHTML = report.comparisonHtml(earlier, readForm());
}

const importInput = find<HTMLInputElement>('[data-import]');
importInput.addEventListener('change', () => void importFile(importInput));
const compareInput = find<HTMLInputElement>('[data-compare]');
compareInput.addEventListener('change', () => void compareFile(compareInput));

// "Prepare a city report": its script loads the first time the section is opened, so the page's first load stays light.
const prepare = find('[data-prepare-report]');
prepare.hidden = false;
const reportDetails = prepare.querySelector<HTMLDetailsElement>('[data-report-details]')!;
reportDetails.addEventListener('toggle', () => {
  if (!reportDetails.open) return;
  void import('./self-assessment-report').then(({ startReportForm }) =>
    startReportForm({
      state: readForm,
      criterionIds,
      criterionText: (id) => data.criterionText[id] ?? id,
      cityNames: () => citiesReport().then(() => cities!.cityNames),
      openNote: (id) => {
        noteDetails(id).open = true;
        noteBox(id).focus();
      },
      download,
    }),
  );
});
