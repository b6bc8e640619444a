import type { APIRoute } from 'astro';
import { csvBody, citiesCsv } from '../../data/open-data';
import { siteData } from '../../data/site';

export const GET: APIRoute = async () => new Response(csvBody(citiesCsv(await siteData())));
