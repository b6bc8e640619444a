import type { APIRoute } from 'astro';
import { citiesJson } from '../../data/open-data';

export const GET: APIRoute = async () => new Response(JSON.stringify(await citiesJson(), null, 2));
