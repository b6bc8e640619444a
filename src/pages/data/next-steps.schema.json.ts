import type { APIRoute } from 'astro';
import { nextStepsFileSchema } from '../../schemas/next-steps';
import { z } from '../../schemas/zod';

// The contract for /data/next-steps.json, generated from the schema the build checks it with.
export const GET: APIRoute = () =>
  new Response(
    JSON.stringify(
      { title: 'Next steps', ...z.toJSONSchema(nextStepsFileSchema, { io: 'input', unrepresentable: 'any' }) },
      null,
      2,
    ),
  );
