/**
 * A city's part of the compare page, per language (src/data/compare.ts `compareCity`): fetched when the city is
 * chosen, so the page itself stays the same size whatever the number of cities.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { compareCity } from '../../../data/compare';
import { siteData } from '../../../data/site';
import { languages, type Language } from '../../../lib/languages';

export const getStaticPaths = (async () => {
  const { cities } = await siteData();
  return languages.flatMap((lang) => cities.map((city) => ({ params: { lang, city: city.id } })));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const json = JSON.stringify(compareCity(await siteData(), params.city!, params.lang as Language));
  return new Response(json, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
