import { Queue, JobsOptions } from 'bullmq';

const connection = { host: 'redis.internal', port: 6379 };

export const syncQueue = new Queue('crm-sync', { connection });

export async function requestSync(accountId: string, dedupe: JobsOptions['deduplication']) {
  // ruleid: bullmq-deduplication-missing-id
  await syncQueue.add('sync', { accountId }, { deduplication: { ttl: 30_000, extend: true } as any });

  // ruleid: bullmq-deduplication-missing-id
  await syncQueue.add('sync', { accountId }, { deduplication: {} as any });

  // ok: bullmq-deduplication-missing-id
  await syncQueue.add('sync', { accountId }, { deduplication: { id: 'sync-' + accountId, ttl: 30_000 } });

  // ok: bullmq-deduplication-missing-id
  await syncQueue.add('sync', { accountId }, { deduplication: { id: accountId } });

  // ok: bullmq-deduplication-missing-id
  await syncQueue.add('sync', { accountId }, { deduplication: dedupe });

  // The id may come from the spread.
  // ok: bullmq-deduplication-missing-id
  await syncQueue.add('sync', { accountId }, { deduplication: { ...dedupe!, ttl: 5000 } });
}

export async function requestMany(accountIds: string[]) {
  await syncQueue.addBulk(
    accountIds.map((accountId) => ({
      name: 'sync',
      data: { accountId },
      // ruleid: bullmq-deduplication-missing-id
      opts: { deduplication: { ttl: 10_000 } as any },
    })),
  );
}
