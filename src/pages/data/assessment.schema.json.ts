import type { APIRoute } from 'astro';
import { jsonSchemaFile } from '../../lib/json-schema-file';
import { anyAssessmentSchema } from '../../schemas/any-assessment';

// The contract for an assessment file of either kind (the site's reading of the paper, or a city's
// own self-assessment), generated from the schemas the build and the self-assessment page enforce.
export const GET: APIRoute = () => new Response(jsonSchemaFile('Assessment', anyAssessmentSchema));
