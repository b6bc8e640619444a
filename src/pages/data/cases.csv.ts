import type { APIRoute } from 'astro';
import { csvBody, casesCsv } from '../../data/open-data';
import { siteData } from '../../data/site';

export const GET: APIRoute = async () => new Response(csvBody(casesCsv(await siteData())));
