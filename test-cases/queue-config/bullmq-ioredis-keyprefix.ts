import { FlowProducer, Job, Queue, Worker } from 'bullmq';
import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import IORedis, { Redis } from 'ioredis';

// A cache client with its own namespace, never given to BullMQ: fine.
export const cache = new IORedis(process.env.REDIS_URL!, { keyPrefix: 'cache:' });

const namespaced = new Redis(process.env.REDIS_URL!, { keyPrefix: 'billing:', maxRetriesPerRequest: null });

// ruleid: bullmq-ioredis-keyprefix
export const billing = new Queue('billing', { connection: namespaced });

export const billingWorker = new Worker('billing', async (job: Job) => job.id, {
  // ruleid: bullmq-ioredis-keyprefix
  connection: { host: process.env.REDIS_HOST, keyPrefix: 'billing:' },
});

// BullMQ's own prefix is the supported way.
// ok: bullmq-ioredis-keyprefix
export const shipping = new Queue('shipping', { connection: { host: process.env.REDIS_HOST }, prefix: 'shipping' });

// ok: bullmq-ioredis-keyprefix
export const flows = new FlowProducer({ connection: { host: process.env.REDIS_HOST }, prefix: 'shipping' });

@Module({
  imports: [
    BullModule.forRoot({
      // ruleid: bullmq-ioredis-keyprefix
      connection: { host: process.env.REDIS_HOST, port: 6379, keyPrefix: 'app:' },
    }),
    BullModule.registerQueue({
      name: 'documents',
      // ok: bullmq-ioredis-keyprefix
      connection: { host: process.env.REDIS_HOST, port: 6379 },
      prefix: 'app',
    }),
    BullModule.forRootAsync({
      useFactory: () => ({
        // ruleid: bullmq-ioredis-keyprefix
        connection: { host: process.env.REDIS_HOST, keyPrefix: 'tenant-a:' },
      }),
    }),
  ],
})
export class QueuesModule {}
