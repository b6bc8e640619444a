/**
 * The compare page's cities, a few to a file, per language (src/data/compare.ts `compareShard`): fetched when one of
 * its cities is chosen, so the page itself stays the same size whatever the number of cities.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { compareShard, compareShards } from '../../../data/compare';
import { siteData } from '../../../data/site';
import { languages, type Language } from '../../../lib/languages';

export const getStaticPaths = (async () => {
  const shards = compareShards(await siteData());
  return languages.flatMap((lang) => shards.map((_, shard) => ({ params: { lang, shard: String(shard) } })));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const json = JSON.stringify(compareShard(await siteData(), Number(params.shard), params.lang as Language));
  return new Response(json, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
