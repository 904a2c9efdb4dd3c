import express from 'express';
import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { BullAdapter } from '@bull-board/api/bullAdapter';
import { ExpressAdapter } from '@bull-board/express';
import { Queue } from 'bullmq';
import Bull from 'bull';

const connection = { host: process.env.REDIS_HOST, port: 6379 };
const invoices = new Queue('invoices', { connection });
const emails = new Queue('emails', { connection });
const legacyImports = new Bull('imports', process.env.REDIS_URL);

declare function requireAdmin(req: express.Request, res: express.Response, next: express.NextFunction): void;

export function mountOperationsBoard(app: express.Express): void {
  const serverAdapter = new ExpressAdapter();
  serverAdapter.setBasePath('/ops/queues');
  createBullBoard({
    queues: [
      // ruleid: bull-board-not-readonly
      new BullMQAdapter(invoices),
      // ruleid: bull-board-not-readonly
      new BullMQAdapter(emails, { displayName: 'Outgoing email', allowRetries: false }),
      // ruleid: bull-board-not-readonly
      new BullAdapter(legacyImports),
      // ok: bull-board-not-readonly
      new BullMQAdapter(emails, { readOnlyMode: true }),
      // ok: bull-board-not-readonly
      new BullMQAdapter(invoices, { readOnlyMode: process.env.NODE_ENV === 'production', displayName: 'Invoices' }),
    ],
    serverAdapter,
  });
  app.use('/ops/queues', requireAdmin, serverAdapter.getRouter());
}

const adapterOptions = { readOnlyMode: true, description: 'read-only in every environment' };

export function mountSupportBoard(app: express.Express, queues: Queue[]): void {
  const serverAdapter = new ExpressAdapter();
  serverAdapter.setBasePath('/support/queues');
  // ruleid: bull-board-not-readonly
  const adapters = queues.map((queue) => new BullMQAdapter(queue, { prefix: 'support' }));
  // ok: bull-board-not-readonly
  const shared = queues.map((queue) => new BullMQAdapter(queue, { ...adapterOptions, prefix: 'shared' }));
  createBullBoard({ queues: [...adapters, ...shared], serverAdapter });
  app.use('/support/queues', requireAdmin, serverAdapter.getRouter());
}

// Only mounted outside production: writable is fine there.
export function mountDevBoard(app: express.Express): void {
  if (process.env.NODE_ENV !== 'production') {
    const serverAdapter = new ExpressAdapter();
    serverAdapter.setBasePath('/dev/queues');
    // ok: bull-board-not-readonly
    createBullBoard({ queues: [new BullMQAdapter(invoices)], serverAdapter });
    app.use('/dev/queues', serverAdapter.getRouter());
  }
}
