import type { APIRoute } from 'astro';
import { jsonSchemaFile } from '../../lib/json-schema-file';
import { nextStepsFileSchema } from '../../schemas/next-steps';

// The contract for /data/next-steps.json, generated from the schema the build checks it with.
export const GET: APIRoute = () => new Response(jsonSchemaFile('Next steps', nextStepsFileSchema));
