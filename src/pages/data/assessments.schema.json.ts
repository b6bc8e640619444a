import type { APIRoute } from 'astro';
import { jsonSchemaFile } from '../../lib/json-schema-file';
import { assessmentsFileSchema } from '../../schemas/open-data';

// The contract for /data/assessments.json, generated from the schema its endpoint checks it with.
export const GET: APIRoute = () => new Response(jsonSchemaFile('Assessments', assessmentsFileSchema));
