/**
 * The self-assessment's cities' part, one file per language (src/data/self-assessment.ts `citiesFile`): named by
 * its content's hash, fetched by the page the first time its answers are compared with the cities.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { siteData } from '../../data/site';
import { citiesFile } from '../../data/self-assessment';
import { languages, type Language } from '../../lib/languages';

export const getStaticPaths = (async () => {
  const data = await siteData();
  return languages.map((lang) => ({ params: { file: citiesFile(data, lang).name }, props: { lang } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { json } = citiesFile(await siteData(), (props as { lang: Language }).lang);
  return new Response(json, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
