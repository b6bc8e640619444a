/**
 * The forge templates for contributions (issue 20, point 7): the issue forms parse as YAML with the fields a form
 * needs, and the pull-request checklist asks for what the review gate and the review need. The licences they name
 * are the ones src/lib/contributions.ts accepts, so the templates cannot drift from the vocabulary.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { vocabularyLabel } from '../../src/i18n';
import { reportLicences } from '../../src/lib/contributions';

interface FormField {
  type: string;
  id?: string;
  attributes: { label?: string; value?: string };
  validations?: { required?: boolean };
}
interface IssueForm {
  name: string;
  description: string;
  body: FormField[];
}
const form = (name: string) => parse(readFileSync(`.github/ISSUE_TEMPLATE/${name}.yml`, 'utf8')) as IssueForm;

describe.each(['city-report', 'case'])('the %s issue form', (name) => {
  it('has a name, a description, a pointer to /contribute/ and labelled fields with unique ids', () => {
    const { name: title, description, body } = form(name);
    expect(title).toMatch(/ \/ \p{Script=Han}/u);
    expect(description.length).toBeGreaterThan(10);
    expect(body[0]).toMatchObject({ type: 'markdown' });
    expect(body[0].attributes.value).toContain('/contribute/');
    const fields = body.filter((f) => f.type !== 'markdown');
    expect(fields.length).toBeGreaterThanOrEqual(3);
    for (const f of fields) expect(f.attributes.label, f.id).toMatch(/\S/);
    const ids = fields.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('the forms and checklist name the accepted licences', () => {
  it('the city-report form', () => {
    const text = readFileSync('.github/ISSUE_TEMPLATE/city-report.yml', 'utf8');
    // The short name of the site's own label: "CC BY-SA 4.0" of "CC BY-SA 4.0 (Creative Commons …)".
    for (const licence of reportLicences)
      expect(text).toContain(vocabularyLabel('en', 'licence', licence).split(' (')[0]);
  });

  it('the pull-request checklist, with the content check, the review and no invented data', () => {
    const text = readFileSync('.github/pull_request_template.md', 'utf8');
    const items = [...text.matchAll(/^- \[ \] (.+)$/gm)].map((m) => m[1]);
    expect(items).toHaveLength(4);
    expect(items[0]).toContain('npm run content:check');
    expect(items[1]).toMatch(/maintainer who is not of the reporting city/);
    for (const licence of reportLicences) expect(items[2]).toContain(`\`${licence}\``);
    expect(items[3]).toMatch(/No invented data/);
  });
});
