import type { APIRoute } from 'astro';
import { jsonSchemaFile } from '../../lib/json-schema-file';
import { citiesFileSchema } from '../../schemas/open-data';

// The contract for /data/cities.json, generated from the schema its endpoint checks it with.
export const GET: APIRoute = () => new Response(jsonSchemaFile('Cities', citiesFileSchema));
