/**
 * The traditional-to-simplified table for search queries (src/data/traditional.ts): one file for both languages,
 * named by its content's hash, fetched by the search page only for a query with a traditional character.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { simplifiedSearch } from '../../data/traditional';

export const getStaticPaths = (() => [{ params: { file: simplifiedSearch().name } }]) satisfies GetStaticPaths;

export const GET: APIRoute = () =>
  new Response(simplifiedSearch().json, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
