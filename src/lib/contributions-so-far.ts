/**
 * What the /contribute/ page lists as "contributions so far" (issue 20, point 7): the reviewed city reports the
 * build holds, newest first, and the cases told from a document other than the white paper. Pure: the page gives
 * it the content, and renders the lists in its language.
 */
import { reportAnchor } from './anchors';
import { citedSources, whitePaperSource } from './contributions';

/** A reviewed report as the site's data holds it (id `<city>/<asOf>`). */
interface ReportInput {
  id: string;
  data: { city: string; asOf: string; review: { reviewer: string; reviewedOn: string } };
}

export interface ReportSoFar {
  report: string;
  city: string;
  asOf: string;
  reviewer: string;
  reviewedOn: string;
  /** The report's fragment on its city's page. */
  anchor: string;
}

/** The reviewed reports, newest first by the date they describe, then by city. */
export function reportsSoFar(reports: readonly ReportInput[]): ReportSoFar[] {
  return reports
    .map(({ id, data }) => ({
      report: id,
      city: data.city,
      asOf: data.asOf,
      reviewer: data.review.reviewer,
      reviewedOn: data.review.reviewedOn,
      anchor: reportAnchor(data.asOf),
    }))
    .sort((a, b) => b.asOf.localeCompare(a.asOf) || a.city.localeCompare(b.city));
}

export interface CaseSoFar {
  slug: string;
  /** The documents of content/sources it cites, in the order it first cites them. */
  documents: string[];
}

/** The cases whose citations name a document other than the white paper, in catalogue order. */
export function casesFromOtherSources(
  cases: readonly { slug: string; facts: unknown }[],
  documentIds: ReadonlySet<string>,
): CaseSoFar[] {
  return cases.flatMap(({ slug, facts }) => {
    const documents = [
      ...new Set(
        citedSources(facts)
          .map((c) => c.source)
          .filter((s) => s !== whitePaperSource && documentIds.has(s)),
      ),
    ];
    return documents.length > 0 ? [{ slug, documents }] : [];
  });
}
