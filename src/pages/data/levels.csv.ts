import type { APIRoute } from 'astro';
import { csvBody, levelsCsv } from '../../data/open-data';
import { siteData } from '../../data/site';

export const GET: APIRoute = async () => new Response(csvBody(levelsCsv(await siteData())));
