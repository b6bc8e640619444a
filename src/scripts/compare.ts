/**
 * The compare page in the browser: reads the choice from the link, fills the form, fetches the file holding each chosen
 * city the first time it is needed, and writes the report (src/lib/compare.ts) into the page. Every change of the choice
 * goes back into the link (through replacePageUrl, so the language switch follows). A city whose file cannot be
 * loaded, a link naming an unknown city, or a self-assessment that is not saved here gives a readable message; the
 * rest of the choice is kept.
 */
import { compareChartGeometry, compareChartSvg, markSvg, markShapes } from '../lib/charts/compare-chart';
import {
  choiceSearch,
  cityFileHref,
  compareReport,
  minCompared,
  parseChoice,
  readingOf,
  selfAsCity,
  selfId,
  type CompareCity,
  type ComparePage,
  type CompareShard,
  type Compared,
  type EvidenceChoice,
} from '../lib/compare';
import { localDay, longDate } from '../lib/dates';
import { escapeHtml } from '../lib/html';
import { rungs } from '../lib/levels';
import { scoreAnswers } from '../lib/self-assessment';
import { decodeState, selfAssessmentStorageKey, type SelfAssessment } from '../lib/self-assessment-state';
import { fillTemplate } from '../i18n/template';
import { replacePageUrl } from './page-url';

const find = <E extends Element = HTMLElement>(selector: string) => document.querySelector<E>(selector)!;
const page = JSON.parse(find('#compare-data').textContent ?? '{}') as ComparePage;
const text = (key: keyof ComparePage['text'], params?: Record<string, string | number>) =>
  fillTemplate(page.text[key], params);
const form = find('[data-compare-form]');
const selects = [...form.querySelectorAll<HTMLSelectElement>('select[data-slot]')];
const message = find('[data-message]');
const output = find('[data-compare-output]');
const criterionIds = page.characteristics.flatMap((c) => rungs.flatMap((r) => c.ladder[r].map((x) => x.id)));
const characteristicIds = page.characteristics.map((c) => c.id);
const known = (id: string) => id in page.cityNames;

function say(lines: string[]) {
  message.textContent = lines.join(' ');
  message.hidden = lines.length === 0;
}

/** The self-assessment saved in this browser, if any. */
function savedSelf(): SelfAssessment | undefined {
  try {
    const saved = localStorage.getItem(selfAssessmentStorageKey);
    if (!saved) return undefined;
    const decoded = decodeState(saved, criterionIds, characteristicIds);
    return decoded.ok ? decoded.value : undefined;
  } catch {
    return undefined;
  }
}
const self = savedSelf();
if (self) {
  for (const select of selects) {
    const option = Object.assign(document.createElement('option'), {
      value: selfId,
      textContent: text('compare.selfOption'),
    });
    select.options[0].after(option);
  }
}

/** The cities' files, a few cities to a file (src/lib/compare.ts `shardOf`), each fetched once. */
const files = new Map<string, Promise<CompareShard>>();
function cityFile(id: string): Promise<CompareCity> {
  const href = cityFileHref(page, id);
  let file = files.get(href);
  if (!file) {
    file = fetch(href).then((response) => {
      if (!response.ok) throw new Error(`${response.status} ${response.statusText}`.trim());
      return response.json() as Promise<CompareShard>;
    });
    // A failed file is asked for again at the next change.
    file.catch(() => files.delete(href));
    files.set(href, file);
  }
  return file.then((shard) => {
    const city = shard.cities[id];
    if (!city) throw new Error(`${id} is not in ${href}`);
    return city;
  });
}

function selfCity(state: SelfAssessment): CompareCity {
  const scores = scoreAnswers(page.characteristics, state);
  const levels = Object.fromEntries(
    Object.entries(scores).map(([id, s]) => [id, { level: s.level, possible: s.possible }]),
  );
  return selfAsCity(page, state, levels, '');
}

const evidenceChoice = (): EvidenceChoice =>
  form.querySelector<HTMLInputElement>('input[name="compare-evidence"]:checked')?.value === 'latest'
    ? 'latest'
    : 'paper';

const chosen = () => selects.map((s) => s.value).filter((v, i, all) => v !== '' && all.indexOf(v) === i);

/** The chart, drawn for the width the page has. */
function drawChart(compared: Compared[], report: ReturnType<typeof compareReport>) {
  const box = find('[data-compare-chart]');
  const columns = [text('level.not-assessed'), text('compare.belowBasic'), ...rungs.map((r) => text(`level.${r}`))];
  const geometry = compareChartGeometry({
    rows: page.characteristics.map((c) => ({ id: c.id, label: c.name })),
    series: compared.map((c) => ({ name: c.city.name, levels: c.reading?.levels ?? {} })),
    columns,
    describe: (series, characteristic) => {
      const c = compared.find((x) => x.city.name === series.name)!;
      return `${series.name}${text('punct.colon')}${report.describe(c, characteristic)}`;
    },
    width: box.clientWidth || 600,
  });
  box.innerHTML = compareChartSvg(geometry, {
    id: 'compare-chart',
    title: report.chartTitle(),
    description: text('compare.chartDesc'),
  });
  find('[data-compare-legend]').innerHTML = compared
    .map(
      (c, i) =>
        `<li><svg class="compare-chart__key compare-chart__mark--${i + 1}" viewBox="0 0 14 14" width="14" height="14" aria-hidden="true">${markSvg(
          markShapes[i],
          7,
          7,
        )}</svg>${escapeHtml(c.city.name)}</li>`,
    )
    .join('');
}

let drawn: Compared[] = [];
let drawing = 0;
async function render() {
  const ids = chosen();
  const run = ++drawing;
  const lines: string[] = [];
  if (ids.length < minCompared) {
    output.hidden = true;
    say(pending.concat(text('compare.chooseMore')));
    return;
  }
  if (ids.some((id) => id !== selfId)) say(pending.concat(text('compare.loading')));
  const results = await Promise.allSettled(
    ids.map((id) => (id === selfId ? Promise.resolve(selfCity(self!)) : cityFile(id))),
  );
  if (run !== drawing) return;
  const failed = ids.filter((_, i) => results[i].status === 'rejected');
  if (failed.length > 0) {
    const reason = results.find((r): r is PromiseRejectedResult => r.status === 'rejected')!.reason as unknown;
    lines.push(
      text('compare.failed', {
        list: failed.map((id) => page.cityNames[id] ?? id).join(text('punct.list')),
        reason: reason instanceof Error ? reason.message : String(reason),
      }),
    );
  }
  const cities = results.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
  if (cities.length < minCompared) {
    output.hidden = true;
    say(pending.concat(lines, failed.length > 0 ? [] : [text('compare.chooseMore')]));
    return;
  }
  say(pending.concat(lines));
  const choice = evidenceChoice();
  drawn = cities.map((city) => ({ city, reading: readingOf(city, choice) }));
  const report = compareReport(page, drawn, choice);
  find('[data-compare-reading]').textContent = report.reading();
  find('[data-compare-levels]').innerHTML = report.levelsHtml(text('compare.levels'));
  find('[data-compare-context]').innerHTML = report.contextHtml(text('compare.context'));
  find('[data-compare-criteria]').innerHTML = report.criteriaHtml();
  find('[data-compare-learn]').innerHTML = report.learnHtml();
  find('[data-compare-cases]').innerHTML = report.casesHtml();
  find('[data-print-title]').textContent = report.printTitle(longDate(page.lang, localDay(new Date())));
  output.hidden = false;
  drawChart(drawn, report);
}

/** Messages about the link itself (unknown cities, too many, no saved self-assessment), kept until the choice changes. */
let pending: string[] = [];

function start() {
  const parsed = parseChoice(location.search, known);
  const ids = parsed.ids.filter((id) => id !== selfId || self);
  pending = [
    ...(parsed.unknown.length > 0
      ? [text('compare.unknownCities', { list: parsed.unknown.join(text('punct.list')) })]
      : []),
    ...(parsed.tooMany ? [text('compare.tooMany')] : []),
    ...(parsed.ids.includes(selfId) && !self ? [text('compare.selfMissing')] : []),
  ];
  selects.forEach((select, i) => {
    select.value = ids[i] ?? '';
  });
  void render();
}

form.addEventListener('change', () => {
  pending = [];
  replacePageUrl(`${location.pathname}${choiceSearch(chosen())}${location.hash}`);
  void render();
});

// The chart is drawn for the page's width: again when the width changes (a phone turned, a window resized).
let width = find('[data-compare-chart]').clientWidth;
new ResizeObserver(() => {
  const now = find('[data-compare-chart]').clientWidth;
  if (now === width || drawn.length === 0) return;
  width = now;
  drawChart(drawn, compareReport(page, drawn, evidenceChoice()));
}).observe(find('[data-compare-chart]'));

// Printed, the report is whole: every criteria table open, and the title names the cities and the day.
let closedForPrint: HTMLDetailsElement[] = [];
window.addEventListener('beforeprint', () => {
  if (drawn.length === 0) return;
  const report = compareReport(page, drawn, evidenceChoice());
  find('[data-print-title]').textContent = report.printTitle(longDate(page.lang, localDay(new Date())));
  closedForPrint = [...document.querySelectorAll<HTMLDetailsElement>('details.compare-criteria:not([open])')];
  for (const details of closedForPrint) details.open = true;
});
window.addEventListener('afterprint', () => {
  for (const details of closedForPrint) details.open = false;
  closedForPrint = [];
});

start();
