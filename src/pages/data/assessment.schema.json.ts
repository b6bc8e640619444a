import type { APIRoute } from 'astro';
import { zodToJsonSchema } from 'zod-to-json-schema';
import { assessmentSchema } from '../../schemas/assessment';

// The contract for a city's own assessment file, generated from the schema the build enforces.
export const GET: APIRoute = () =>
  new Response(JSON.stringify(zodToJsonSchema(assessmentSchema, { name: 'Assessment', $refStrategy: 'none' }), null, 2));
