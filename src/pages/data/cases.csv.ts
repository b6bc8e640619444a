import type { APIRoute } from 'astro';
import { caseRows } from '../../data/open-data';
import { toCsv } from '../../lib/csv';

export const GET: APIRoute = async () => {
  const rows = await caseRows();
  return new Response(toCsv(Object.keys(rows[0]), rows));
};
