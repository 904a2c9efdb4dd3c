// BullMQ v5: `debounce` is deprecated there; `deduplication` (>= 5.17) takes the same { id, ttl }.
import { Queue } from 'bullmq';

const connection = { host: 'redis.internal', port: 6379 };

export const search = new Queue('search-index', { connection, defaultJobOptions: { attempts: 3 } });

export async function reindexProduct(productId: string) {
  // ruleid: bullmq-debounce-option-removed
  await search.add('reindex', { productId }, { debounce: { id: `product:${productId}`, ttl: 5000 } });

  // ok: bullmq-debounce-option-removed
  await search.add('reindex', { productId }, { deduplication: { id: `product:${productId}`, ttl: 5000 } });

  // A field of the job's data is not a job option.
  // ok: bullmq-debounce-option-removed
  await search.add('reindex', { productId, debounce: true });
}

export async function reindexMany(ids: string[]) {
  await search.addBulk(
    ids.map((id) => ({
      name: 'reindex',
      data: { id },
      // ruleid: bullmq-debounce-option-removed
      opts: { debounce: { id: `product:${id}` } },
    })),
  );
}

export async function reindexLater(productId: string) {
  await search.add(
    'reindex',
    { productId },
    {
      delay: 1000,
      // ruleid: bullmq-debounce-option-removed
      debounce: { id: `product:${productId}`, ttl: 30_000 },
    },
  );
}

// ok: bullmq-debounce-option-removed
export const uiSettings = { debounce: 300, throttle: 1000 };
