import { Queue, Worker } from 'bullmq';
import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';

const connection = { host: 'redis.internal', port: 6379 };

export const crawler = new Queue('crawler', {
  connection,
  defaultJobOptions: {
    // 1 s * 2^18: the last retry waits about 73 hours.
    // ruleid: bullmq-exponential-backoff-uncapped
    attempts: 20,
    backoff: { type: 'exponential', delay: 1000 },
  },
});

export async function crawl(url: string) {
  // 2^3 * 1 s = 8 s before the last retry.
  // ok: bullmq-exponential-backoff-uncapped
  await crawler.add('page', { url }, { attempts: 5, backoff: { type: 'exponential', delay: 1000 } });

  // 2^4 * 5 min = 80 min before the last retry.
  // ruleid: bullmq-exponential-backoff-uncapped
  await crawler.add('page', { url }, { backoff: { delay: 300000, type: 'exponential' }, attempts: 6 });

  // Fixed backoff does not grow.
  // ok: bullmq-exponential-backoff-uncapped
  await crawler.add('page', { url }, { attempts: 50, backoff: { type: 'fixed', delay: 60000 } });

  // A capped custom strategy (see the Worker below).
  // ok: bullmq-exponential-backoff-uncapped
  await crawler.add('page', { url }, { attempts: 30, backoff: { type: 'capped' } });

  // 2^11 * 1 s = 34 min: under an hour.
  // ok: bullmq-exponential-backoff-uncapped
  await crawler.add('page', { url }, { attempts: 13, backoff: { type: 'exponential', delay: 1000 } });

  // 2^12 * 1 s = 68 min.
  // ruleid: bullmq-exponential-backoff-uncapped
  await crawler.add('page', { url }, { attempts: 14, backoff: { type: 'exponential', delay: 1000 } });
}

export async function bulk(urls: string[]) {
  await crawler.addBulk(
    urls.map((url) => ({
      name: 'page',
      data: { url },
      // ruleid: bullmq-exponential-backoff-uncapped
      opts: { attempts: 12, backoff: { type: 'exponential', delay: 10000 } },
    })),
  );
}

// Values spread over defaults and add() options are not combined.
export const feeds = new Queue('feeds', { connection, defaultJobOptions: { attempts: 25 } });
export async function fetchFeed(url: string) {
  // todoruleid: bullmq-exponential-backoff-uncapped
  await feeds.add('fetch', { url }, { backoff: { type: 'exponential', delay: 2000 } });
}

@Module({
  imports: [
    BullModule.registerQueue({
      name: 'webhooks',
      // ruleid: bullmq-exponential-backoff-uncapped
      defaultJobOptions: { attempts: 16, backoff: { type: 'exponential', delay: 500 } },
    }),
  ],
})
export class WebhooksModule {}

export const worker = new Worker('crawler', async () => undefined, {
  connection: { ...connection, maxRetriesPerRequest: null },
  settings: {
    backoffStrategy: (attemptsMade: number) => Math.min(2 ** attemptsMade * 1000, 5 * 60_000),
  },
});
