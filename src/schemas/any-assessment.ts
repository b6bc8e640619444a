/**
 * Every kind of assessment file, the contract published at /data/assessment.schema.json: the site's reading of the
 * paper ("paper-reading"), a self-assessment as the self-assessment page exports it ("self-assessment"), and a
 * city's own report as a city sends it ("city-report", not reviewed yet or reviewed; issue 20). Its own module:
 * the city report's schema builds on the assessment's.
 */
import { noCriterionTwice, paperReading, selfAssessment } from './assessment';
import { cityReportSubmissionSchema } from './city-report';
import { z } from './zod';

export const anyAssessmentSchema = z
  .discriminatedUnion('kind', [paperReading, selfAssessment, cityReportSubmissionSchema])
  .superRefine(noCriterionTwice);
