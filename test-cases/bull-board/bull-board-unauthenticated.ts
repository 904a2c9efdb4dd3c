import express from 'express';
import Fastify, { FastifyInstance } from 'fastify';
import { Hono } from 'hono';
import { basicAuth } from 'hono/basic-auth';
import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import { FastifyAdapter } from '@bull-board/fastify';
import { HonoAdapter } from '@bull-board/hono';
import { BullBoardModule } from '@bull-board/nestjs';
import { MiddlewareConsumer, Module, NestModule } from '@nestjs/common';
import { Queue } from 'bullmq';
import { serveStatic } from '@hono/node-server/serve-static';

const reports = new Queue('reports', { connection: { host: 'redis.internal' } });

declare function requireAdmin(req: unknown, res: unknown, next: () => void): void;
declare function verifyAdminSession(req: unknown, reply: unknown): Promise<void>;
declare const helmet: () => express.RequestHandler;
declare function basicAuthMiddleware(options: { users: Record<string, string> }): express.RequestHandler;

// --- Express ---------------------------------------------------------------
export function expressOpen() {
  const app = express();
  const serverAdapter = new ExpressAdapter();
  serverAdapter.setBasePath('/admin/queues');
  createBullBoard({ queues: [new BullMQAdapter(reports)], serverAdapter });
  app.use(helmet());
  // ruleid: bull-board-unauthenticated
  app.use('/admin/queues', serverAdapter.getRouter());
  return app;
}

export function expressProtectedInline() {
  const app = express();
  const serverAdapter = new ExpressAdapter();
  // ok: bull-board-unauthenticated
  app.use('/admin/queues', requireAdmin, serverAdapter.getRouter());
  return app;
}

export function expressProtectedBefore() {
  const app = express();
  const boardAdapter = new ExpressAdapter();
  app.use('/ops/queues', requireAdmin);
  // ok: bull-board-unauthenticated
  app.use('/ops/queues', boardAdapter.getRouter());
  return app;
}

export function expressGlobalAuth(passport: { authenticate(s: string): express.RequestHandler }) {
  const app = express();
  const serverAdapter = new ExpressAdapter();
  app.use(passport.authenticate('session'));
  // ok: bull-board-unauthenticated
  app.use('/queues', serverAdapter.getRouter());
  return app;
}

export function expressAuthFromConfig(config: { auth?: { users: Record<string, string> }; basePath?: string }) {
  const app = express();
  const serverAdapter = new ExpressAdapter();
  if (config.auth) {
    app.use(basicAuthMiddleware(config.auth));
  }
  // ok: bull-board-unauthenticated
  app.use(config.basePath || '/', serverAdapter.getRouter());
  return app;
}

export function expressChained(queues: Queue[]) {
  const serverAdapter = new ExpressAdapter();
  createBullBoard({ queues: queues.map((q) => new BullMQAdapter(q)), serverAdapter });
  // A chained mount is reported from the start of the chain.
  // ruleid: bull-board-unauthenticated
  return express()
    .get('/health', (_req, res) => res.send('ok'))
    .use('/queues', serverAdapter.getRouter());
}

export function expressAuthAfterRouter() {
  const app = express();
  const serverAdapter = new ExpressAdapter();
  // ruleid: bull-board-unauthenticated
  app.use('/queues', serverAdapter.getRouter(), requireAdmin);
  return app;
}

// --- Fastify ---------------------------------------------------------------
export async function fastifyOptionsAreNotHooks() {
  const fastify = Fastify();
  const serverAdapter = new FastifyAdapter();
  createBullBoard({ queues: [new BullMQAdapter(reports)], serverAdapter });
  // `onRequest` in register() options is not a hook: Fastify ignores it.
  // @ts-expect-error Fastify's register() options have no `onRequest`; that is the mistake this case shows
  // ruleid: bull-board-unauthenticated
  await fastify.register(serverAdapter.registerPlugin(), { prefix: '/queues', onRequest: [verifyAdminSession] });
}

export async function fastifyEncapsulatedHook(fastify: FastifyInstance) {
  const serverAdapter = new FastifyAdapter();
  await fastify.register(async (instance) => {
    instance.addHook('onRequest', verifyAdminSession);
    // ok: bull-board-unauthenticated
    await instance.register(serverAdapter.registerPlugin(), { prefix: '/queues' });
  });
}

export async function fastifyHookAfterRegister(fastify: FastifyInstance) {
  const serverAdapter = new FastifyAdapter();
  // ok: bull-board-unauthenticated
  fastify.register(serverAdapter.registerPlugin(), { prefix: '/admin/ui' });
  fastify.addHook('preHandler', verifyAdminSession);
}

export async function fastifyBare(fastify: FastifyInstance) {
  const serverAdapter = new FastifyAdapter();
  serverAdapter.setBasePath('/ui');
  // @ts-expect-error bull-board's Fastify plugin reads only `prefix`; a `basePath` option is ignored
  // ruleid: bull-board-unauthenticated
  await fastify.register(serverAdapter.registerPlugin(), { prefix: '/ui', basePath: '/ui' });
}

// --- Hono ------------------------------------------------------------------
export function honoOpen() {
  const app = new Hono();
  const serverAdapter = new HonoAdapter(serveStatic);
  // ruleid: bull-board-unauthenticated
  app.route('/ui', serverAdapter.registerPlugin());
  return app;
}

export function honoBasicAuth() {
  const app = new Hono();
  const serverAdapter = new HonoAdapter(serveStatic);
  app.use('/ui/*', basicAuth({ username: 'ops', password: process.env.BOARD_PASSWORD! }));
  // ok: bull-board-unauthenticated
  app.route('/ui', serverAdapter.registerPlugin());
  return app;
}

// --- NestJS ----------------------------------------------------------------
class BoardAuthMiddleware {
  use(_req: unknown, _res: unknown, next: () => void) {
    next();
  }
}

@Module({
  imports: [
    // ruleid: bull-board-unauthenticated
    BullBoardModule.forRoot({ route: '/queues', adapter: ExpressAdapter }),
  ],
})
export class OpenBoardModule {}

@Module({
  imports: [
    // ok: bull-board-unauthenticated
    BullBoardModule.forRoot({ route: '/queues', adapter: ExpressAdapter, middleware: BoardAuthMiddleware }),
  ],
})
export class ProtectedBoardModule {}

@Module({
  imports: [
    // ok: bull-board-unauthenticated
    BullBoardModule.forRoot({ route: '/queues', adapter: ExpressAdapter }),
  ],
})
export class ConfiguredBoardModule implements NestModule {
  configure(consumer: MiddlewareConsumer) {
    consumer.apply(BoardAuthMiddleware).forRoutes('/queues');
  }
}

export class ManualBoardModule implements NestModule {
  private readonly serverAdapter = new ExpressAdapter();
  configure(consumer: MiddlewareConsumer) {
    // ruleid: bull-board-unauthenticated
    consumer.apply(this.serverAdapter.getRouter()).forRoutes('/queues');
  }
}

export class GuardedManualBoardModule implements NestModule {
  private readonly serverAdapter = new ExpressAdapter();
  configure(consumer: MiddlewareConsumer) {
    // ok: bull-board-unauthenticated
    consumer.apply(BoardAuthMiddleware, this.serverAdapter.getRouter()).forRoutes('/queues');
  }
}

// A router that is not Bull Board's, in a file that imports Bull Board.
const api = express.Router();
// ok: bull-board-unauthenticated
export const mounted = express().use('/api', api);

// Module-level mount followed by other routes; the path itself says "admin" but is no auth.
const server = express();
server.use(express.json());
const adminBoard = new ExpressAdapter();
server.use('/admin/static', express.static('public'));
// ruleid: bull-board-unauthenticated
server.use('/admin/queues', adminBoard.getRouter());
server.post('/jobs', (_req, res) => res.sendStatus(202));
server.listen(3000);

// The board on a private app that only a wrapper handler of this file reaches, after its own admin
// check: the check is not middleware, so the rule does not see it (a known false positive).
declare function currentUserIsAdmin(request: Request): Promise<boolean>;
function buildBoardApp(): Hono {
  const adapter = new HonoAdapter(serveStatic);
  createBullBoard({ queues: [new BullMQAdapter(reports)], serverAdapter: adapter });
  const board = new Hono();
  // todook: bull-board-unauthenticated
  board.route('/admin/jobs', adapter.registerPlugin());
  return board;
}
export function boardHandler() {
  const board = buildBoardApp();
  return async (request: Request): Promise<Response> => {
    if (!(await currentUserIsAdmin(request))) return new Response('Unauthorized', { status: 401 });
    return board.fetch(request);
  };
}
