import { Queue as BQ, FlowProducer } from 'bullmq';
import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';

const connection = { host: 'redis.internal', port: 6379 };

export const thumbnails = new BQ('thumbnails', { connection });

export async function requestThumbnail(assetId: string) {
  await thumbnails.add(
    'render',
    { assetId },
    // ruleid: bullmq-backoff-without-attempts
    { backoff: { type: 'exponential', delay: 2000 }, removeOnComplete: 100 },
  );

  // ruleid: bullmq-backoff-without-attempts
  await thumbnails.add('render', { assetId }, { backoff: 5000 });

  // ok: bullmq-backoff-without-attempts
  await thumbnails.add('render', { assetId }, { attempts: 4, backoff: { type: 'fixed', delay: 3000 } });
}

export async function withSharedOptions(base: { attempts: number }) {
  // ok: bullmq-backoff-without-attempts
  await thumbnails.add('render', {}, { ...base, backoff: 1000 });

  const opts = { backoff: 1000 };
  // ok: bullmq-backoff-without-attempts
  await thumbnails.add('render', {}, opts);
}

export const webhooks = new BQ('webhooks', {
  connection,
  // ok: bullmq-backoff-without-attempts
  defaultJobOptions: { attempts: 8, backoff: { type: 'exponential', delay: 500 } },
});

export async function deliver(url: string) {
  // The queue's defaultJobOptions (above) already retry 8 times.
  // ok: bullmq-backoff-without-attempts
  await webhooks.add('deliver', { url }, { backoff: { type: 'fixed', delay: 10_000 } });
}

export const reports = new BQ('reports', {
  connection,
  defaultJobOptions: {
    // ruleid: bullmq-backoff-without-attempts
    backoff: { type: 'exponential', delay: 1000 },
    removeOnFail: 1000,
  },
});

export async function enqueueMany(ids: string[]) {
  await reports.addBulk(
    ids.map((id) => ({
      name: 'build',
      data: { id },
      // ruleid: bullmq-backoff-without-attempts
      opts: { backoff: 1000 },
    })),
  );
}

// Job data that happens to have a `backoff` field is not job options.
export async function dataField() {
  // ok: bullmq-backoff-without-attempts
  await reports.add('policy', { backoff: 'linear', maxDelay: 60 });
}

@Module({
  imports: [
    BullModule.registerQueue({
      name: 'exports',
      // ruleid: bullmq-backoff-without-attempts
      defaultJobOptions: { backoff: { type: 'exponential', delay: 1000 } },
    }),
  ],
})
export class ExportsModule {}

// The queue's defaults live in another file: not seen here.
declare const remoteQueue: BQ;
// todook: bullmq-backoff-without-attempts
export const viaOtherFile = () => remoteQueue.add('x', {}, { backoff: 1000 });

export const flows = new FlowProducer({ connection });
