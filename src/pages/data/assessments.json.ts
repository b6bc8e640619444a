import type { APIRoute } from 'astro';
import { ratingNote } from '../../data/open-data';
import { siteData } from '../../data/site';

export const GET: APIRoute = async () => {
  const { cities, assessments, scores } = await siteData();
  const body = {
    note: ratingNote,
    assessments: cities.map((city) => ({
      city: city.id,
      asOf: 2014,
      criteria: assessments.get(city.id)?.criteria ?? [],
      levels: scores.get(city.id),
    })),
  };
  return new Response(JSON.stringify(body, null, 2));
};
