import { Queue as BQ, QueueOptions, DefaultJobOptions } from 'bullmq';
import * as bullmq from 'bullmq';
import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import Bull from 'bull';

const connection = { host: 'redis.internal', port: 6379 };
declare const sharedOptions: QueueOptions;
declare const sharedDefaults: DefaultJobOptions;
declare function queueOptions(name: string): QueueOptions;

export const queues = {
  // ruleid: bullmq-missing-auto-removal
  billScan: new BQ('bill-scan', {
    connection,
    defaultJobOptions: {
      attempts: 5,
      backoff: { type: 'exponential', delay: 1000 },
      removeOnFail: { count: 500, age: 7 * 24 * 3600 },
    },
  }),
  // ruleid: bullmq-missing-auto-removal
  invoiceScan: new BQ('invoice-scan', { connection }),
  // ok: bullmq-missing-auto-removal
  receipts: new BQ('receipts', {
    connection,
    defaultJobOptions: { removeOnComplete: { count: 100, age: 24 * 3600 } },
  }),
  // ruleid: bullmq-missing-auto-removal
  webhooks: new bullmq.Queue('webhooks'),
  // Options the rule cannot see are never flagged.
  // ok: bullmq-missing-auto-removal
  audits: new BQ('audits', sharedOptions),
  // ok: bullmq-missing-auto-removal
  exports: new BQ('exports', queueOptions('exports')),
  // ok: bullmq-missing-auto-removal
  imports: new BQ('imports', { ...sharedOptions, connection }),
  // ok: bullmq-missing-auto-removal
  labels: new BQ('labels', { connection, defaultJobOptions: sharedDefaults }),
  // ok: bullmq-missing-auto-removal
  payouts: new BQ('payouts', { connection, defaultJobOptions: { ...sharedDefaults, attempts: 3 } }),
};

// This file adds jobs, so it is not a board-only file and its queues stay in scope. Literal
// options without the key do not count as setting it.
export async function scanBill(billId: string) {
  await queues.billScan.add('scan', { billId }, { attempts: 2, priority: 1 });
  await queues.invoiceScan.upsertJobScheduler('invoice-sweep', { pattern: '0 2 * * *' }, {
    name: 'sweep',
    opts: { attempts: 2 },
  });
  // Bull: add(name, data) and add(data, literal options) show everything there is.
  await mailQueue.add('bill-scanned', { billId });
  await smsQueue.add({ billId }, { attempts: 3 });
}

// A queue made inside the adapter only shows it on the board.
const serverAdapter = new ExpressAdapter();
createBullBoard({
  // ok: bullmq-missing-auto-removal
  queues: [new BullMQAdapter(new BQ('bill-scan', { connection }))],
  serverAdapter,
});

@Module({
  imports: [
    BullModule.forRoot({
      connection,
      // ruleid: bullmq-missing-auto-removal
      defaultJobOptions: { attempts: 3 },
    }),
    // Inherits forRoot's defaults (shallow merge): judged there, not here.
    // ok: bullmq-missing-auto-removal
    BullModule.registerQueue({ name: 'emails' }),
    BullModule.registerQueue({
      name: 'reports',
      // Its own defaultJobOptions replaces the root's as a whole.
      // ruleid: bullmq-missing-auto-removal
      defaultJobOptions: { attempts: 5, backoff: { type: 'exponential', delay: 2000 } },
    }),
    BullModule.registerQueue({
      name: 'digests',
      // ok: bullmq-missing-auto-removal
      defaultJobOptions: { attempts: 2, removeOnComplete: 1000 },
    }),
  ],
})
export class JobsModule {}

// Bull: the default import is the Queue class.
// ruleid: bullmq-missing-auto-removal
export const mailQueue = new Bull('mail', 'redis://redis.internal:6379');

// ruleid: bullmq-missing-auto-removal
export const smsQueue = new Bull('sms', { redis: { host: 'redis.internal' }, defaultJobOptions: { attempts: 3 } });

// ok: bullmq-missing-auto-removal
export const pushQueue = new Bull('push', 'redis://redis.internal:6379', { defaultJobOptions: { removeOnComplete: 500 } });

const bullOptions: Bull.QueueOptions = { redis: { host: 'redis.internal' } };
// ok: bullmq-missing-auto-removal
export const faxQueue = new Bull('fax', bullOptions);
