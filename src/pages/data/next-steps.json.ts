import type { APIRoute } from 'astro';
import { nextStepsRows } from '../../data/open-data';

export const GET: APIRoute = async () => new Response(JSON.stringify(await nextStepsRows(), null, 2));
