import type { APIRoute } from 'astro';
import { levelRows } from '../../data/open-data';
import { toCsv } from '../../lib/csv';

export const GET: APIRoute = async () => {
  const rows = await levelRows();
  return new Response(toCsv(Object.keys(rows[0]), rows));
};
