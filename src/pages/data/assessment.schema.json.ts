import type { APIRoute } from 'astro';
import { anyAssessmentSchema } from '../../schemas/assessment';
import { z } from '../../schemas/zod';

// The contract for an assessment file of either kind (the site's reading of the paper, or a city's
// own self-assessment), generated from the schemas the build and the self-assessment page enforce.
export const GET: APIRoute = () =>
  new Response(
    JSON.stringify(
      { title: 'Assessment', ...z.toJSONSchema(anyAssessmentSchema, { io: 'input', unrepresentable: 'any' }) },
      null,
      2,
    ),
  );
