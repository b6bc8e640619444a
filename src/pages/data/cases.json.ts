import type { APIRoute } from 'astro';
import { casesJson } from '../../data/open-data';

export const GET: APIRoute = async () => new Response(JSON.stringify(await casesJson(), null, 2));
