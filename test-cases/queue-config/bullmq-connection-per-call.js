// Bull (v3/v4) in a Next.js-style route module and a Fastify route.
const Queue = require('bull');

/** @param {{ json(): Promise<unknown> }} request */
export async function POST(request) {
  // ruleid: bullmq-connection-per-call
  const emails = new Queue('emails', process.env.REDIS_URL);
  await emails.add(await request.json());
  return new Response(null, { status: 202 });
}

// ok: bullmq-connection-per-call
const notifications = new Queue('notifications', process.env.REDIS_URL);

/** @param {{ route(options: object): void }} fastify */
export function routes(fastify) {
  fastify.route({
    method: 'POST',
    url: '/notify',
    /** @param {{ body: object }} request */
    async handler(request) {
      // ok: bullmq-connection-per-call
      await notifications.add(request.body);
      return { queued: true };
    },
  });
}
