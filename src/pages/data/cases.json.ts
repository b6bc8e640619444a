import type { APIRoute } from 'astro';
import { siteData } from '../../data/site';

export const GET: APIRoute = async () => {
  const { cases } = await siteData();
  const body = cases.map((c) => ({
    id: c.slug,
    title: { zh: c.texts.zh.data.title, en: c.texts.en.data.title },
    summary: { zh: c.texts.zh.data.summary, en: c.texts.en.data.summary },
    ...c.facts,
  }));
  return new Response(JSON.stringify(body, null, 2));
};
