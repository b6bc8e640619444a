/**
 * "Prepare a city report" in the browser (src/components/self-assessment/PrepareReport.astro): loaded by the
 * self-assessment's script the first time the section is opened. It keeps what the user types in storage, asks for
 * a source for each criterion answered yes, says beside each field what is missing (and in a summary at the top),
 * and downloads the file `contribution:add` accepts. It never changes the answers; nothing is sent anywhere.
 */
import { cityReportFileName } from '../lib/city-report';
import { localDay } from '../lib/dates';
import {
  cityReportFile,
  emptyReportForm,
  emptySource,
  type FormProblem,
  type ReportForm,
  type SourceInput,
} from '../lib/report-form';
import type { SelfAssessment } from '../lib/self-assessment-state';

export interface ReportFormHost {
  /** The answers and notes as the page has them now. */
  state: () => SelfAssessment;
  criterionIds: readonly string[];
  criterionText: (id: string) => string;
  /** Every city's name by id, in the site's list order, from the cities' file. */
  cityNames: () => Promise<Record<string, string>>;
  /** Opens a criterion's note box in the form above and moves the focus there. */
  openNote: (id: string) => void;
  download: (name: string, type: string, body: string) => void;
}

const storageKey = 'smart-city-ladder:city-report-form';
const sourceParts = ['title', 'publisher', 'date', 'url'] as const;
const pad = (n: number) => String(n).padStart(2, '0');
const today = () => {
  const { year, month, day } = localDay(new Date());
  return `${year}-${pad(month)}-${pad(day)}`;
};

function stored(): ReportForm {
  try {
    const saved = JSON.parse(localStorage.getItem(storageKey) ?? 'null') as Partial<ReportForm> | null;
    return { ...emptyReportForm(), ...(saved && typeof saved === 'object' ? saved : {}) };
  } catch {
    return emptyReportForm();
  }
}

let started = false;

export function startReportForm(host: ReportFormHost) {
  if (started) return;
  started = true;
  const section = document.querySelector<HTMLElement>('[data-prepare-report]')!;
  const form = section.querySelector<HTMLFormElement>('[data-report-form]')!;
  const list = form.querySelector<HTMLElement>('[data-source-list]')!;
  const template = section.querySelector<HTMLTemplateElement>('[data-source-template]')!;
  const summary = form.querySelector<HTMLElement>('[data-report-summary]')!;
  const status = form.querySelector<HTMLElement>('[data-report-status]')!;
  const problemText = (problem: FormProblem) => section.getAttribute(`data-problem-${problem.code}`) ?? problem.code;
  const control = (name: string) => form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement | null;
  const topFields = ['city', 'office', 'role', 'contact', 'asOf', 'language'] as const;

  const current = stored();
  const asOf = control('asOf') as HTMLInputElement;
  asOf.max = today();
  const citySelect = control('city') as HTMLSelectElement;
  for (const name of topFields) if (name !== 'city') control(name)!.value = current[name];
  // The cities arrive with the cities' file; the city chosen before is chosen again once they have.
  void host.cityNames().then(
    (names) => {
      citySelect.append(...Object.entries(names).map(([id, name]) => new Option(name, id)));
      citySelect.value = current.city;
    },
    () => {
      // The page says the cities' file is missing; what was chosen stays in storage for the next visit.
    },
  );
  for (const radio of form.querySelectorAll<HTMLInputElement>('input[name="licence"]'))
    radio.checked = radio.value === current.licence;

  const save = () => {
    try {
      localStorage.setItem(storageKey, JSON.stringify(current));
    } catch {
      // Storage may be full or refused; the form still works for this visit.
    }
  };

  /** One fieldset per criterion answered yes, with what was typed for it before. */
  function renderSources() {
    const state = host.state();
    const yes = host.criterionIds.filter((id) => state.answers[id] === 'yes');
    list.replaceChildren();
    if (yes.length === 0) {
      list.append(
        Object.assign(document.createElement('p'), { className: 'meta', textContent: section.dataset.noYes }),
      );
      return;
    }
    yes.forEach((criterion, i) => {
      const source: SourceInput = (current.sources[criterion] ??= emptySource());
      const fieldset = (template.content.firstElementChild as HTMLElement).cloneNode(true) as HTMLFieldSetElement;
      fieldset.dataset.criterion = criterion;
      fieldset.querySelector('[data-slot="legend"]')!.textContent = host.criterionText(criterion);
      const base = `report-src-${i}`;
      fieldset.querySelector('[data-slot="note-error"]')!.id = `${base}-note-error`;
      fieldset.querySelector('[data-slot="kind-error"]')!.id = `${base}-kind-error`;
      for (const radio of fieldset.querySelectorAll<HTMLInputElement>('input[data-part="kind"]')) {
        radio.name = `source:${criterion}:kind`;
        radio.checked = radio.value === source.kind;
        radio.setAttribute('aria-describedby', `${base}-kind-error ${base}-note-error`);
      }
      fieldset.querySelector<HTMLInputElement>('input[data-part="kind"]')!.id = `${base}-kind`;
      for (const part of sourceParts) {
        const input = fieldset.querySelector<HTMLInputElement>(`input[data-part="${part}"]`)!;
        input.name = `source:${criterion}:${part}`;
        input.id = `${base}-${part}`;
        input.value = source[part];
        input.setAttribute('aria-describedby', `${base}-${part}-error`);
        fieldset.querySelector(`label[data-for="${part}"]`)!.setAttribute('for', input.id);
        fieldset.querySelector(`[data-error-part="${part}"]`)!.id = `${base}-${part}-error`;
      }
      fieldset.querySelector<HTMLElement>('[data-slot="document"]')!.hidden = source.kind !== 'document';
      list.append(fieldset);
    });
  }

  function readField(target: HTMLInputElement | HTMLSelectElement) {
    const source = /^source:(.+):(kind|title|publisher|date|url)$/.exec(target.name);
    if (source) {
      const [, criterion, part] = source;
      const entry = (current.sources[criterion] ??= emptySource());
      (entry as unknown as Record<string, string>)[part] = target.value;
      if (part === 'kind')
        target.closest('fieldset')!.querySelector<HTMLElement>('[data-slot="document"]')!.hidden =
          target.value !== 'document';
    } else if (target.name === 'licence') {
      current.licence = target.value as ReportForm['licence'];
    } else if ((topFields as readonly string[]).includes(target.name)) {
      (current as unknown as Record<string, string>)[target.name] = target.value;
    }
    save();
  }
  form.addEventListener('input', (event) => readField(event.target as HTMLInputElement));
  form.addEventListener('change', (event) => readField(event.target as HTMLInputElement));

  /** The element a problem is shown in, and the control it is about. */
  function placeOf(problem: FormProblem): { error: HTMLElement | null; controlId: string } {
    const source = /^source:(.+):(kind|title|publisher|date|url)$/.exec(problem.field);
    if (source || problem.code === 'note-missing') {
      const criterion = problem.criterion!;
      const fieldset = [...list.querySelectorAll<HTMLElement>('fieldset[data-criterion]')].find(
        (f) => f.dataset.criterion === criterion,
      );
      const base = fieldset?.querySelector('input[data-part="kind"]')?.id.replace(/-kind$/, '') ?? '';
      const part = source ? source[2] : 'note';
      return {
        error: fieldset?.querySelector<HTMLElement>(`#${base}-${part}-error`) ?? null,
        controlId: part === 'note' ? `${base}-kind` : `${base}-${part}`,
      };
    }
    return { error: form.querySelector(`[data-error-for="${problem.field}"]`), controlId: `report-${problem.field}` };
  }

  function showProblems(problems: FormProblem[]) {
    for (const error of form.querySelectorAll<HTMLElement>('.field-error')) error.textContent = '';
    for (const invalid of form.querySelectorAll('[aria-invalid]')) invalid.removeAttribute('aria-invalid');
    summary.replaceChildren();
    summary.hidden = problems.length === 0;
    if (problems.length === 0) return;
    const items = document.createElement('ul');
    for (const problem of problems) {
      const { error, controlId } = placeOf(problem);
      if (error) error.textContent = problemText(problem);
      document.getElementById(controlId)?.setAttribute('aria-invalid', 'true');
      const link = Object.assign(document.createElement('a'), { href: `#${controlId}` });
      const label =
        problem.criterion !== undefined
          ? host.criterionText(problem.criterion)
          : (form.querySelector(`label[for="${controlId}"]`)?.textContent ??
            form.querySelector(`#${controlId}`)?.closest('fieldset')?.querySelector('legend')?.textContent ??
            '');
      link.textContent = `${label.trim()}: ${problemText(problem)}`;
      if (problem.code === 'note-missing')
        link.addEventListener('click', (event) => {
          event.preventDefault();
          host.openNote(problem.criterion!);
        });
      else if (problem.field === 'answers') link.href = '#self-criteria';
      const item = document.createElement('li');
      item.append(link);
      items.append(item);
    }
    const lead = Object.assign(document.createElement('p'), {
      textContent: section.dataset.summary!.replace('{count}', String(problems.length)),
    });
    summary.append(lead, items);
    summary.focus();
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    status.textContent = '';
    renderSources();
    const cityIds = new Set(
      [...(control('city') as HTMLSelectElement).options].map((o) => o.value).filter((v) => v !== ''),
    );
    const made = cityReportFile(current, host.state(), host.criterionIds, cityIds, today());
    if (!made.ok) {
      showProblems(made.problems);
      return;
    }
    showProblems([]);
    const name = cityReportFileName(made.report);
    host.download(name, 'application/json', `${JSON.stringify(made.report, null, 2)}\n`);
    status.textContent = section.dataset.downloaded!.replace('{file}', name);
  });

  renderSources();
  // Answers change above while the section is open: the sources asked for follow them, keeping what was typed.
  document.querySelector('[data-self-form]')?.addEventListener('change', renderSources);
}
