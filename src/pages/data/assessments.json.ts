import type { APIRoute } from 'astro';
import { assessmentsJson } from '../../data/open-data';

export const GET: APIRoute = async () => new Response(JSON.stringify(await assessmentsJson(), null, 2));
