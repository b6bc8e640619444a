import type { APIRoute } from 'astro';
import { siteData } from '../../data/site';

export const GET: APIRoute = async () => new Response(JSON.stringify((await siteData()).cities, null, 2));
