import type { APIRoute } from 'astro';
import { jsonSchemaFile } from '../../lib/json-schema-file';
import { casesFileSchema } from '../../schemas/open-data';

// The contract for /data/cases.json, generated from the schema its endpoint checks it with.
export const GET: APIRoute = () => new Response(jsonSchemaFile('Cases', casesFileSchema));
