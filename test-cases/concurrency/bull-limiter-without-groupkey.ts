import Queue from 'bull';
import { BullModule } from '@nestjs/bull';
import { Module } from '@nestjs/common';

export const exportsQueue = new Queue('exports', process.env.REDIS_URL!, {
  // ruleid: bull-limiter-without-groupkey
  limiter: { max: 10, duration: 1000 },
});

export const reportsQueue = new Queue('reports', {
  redis: { host: 'redis.internal', port: 6379 },
  // ok: bull-limiter-without-groupkey
  limiter: { max: 10, duration: 1000, groupKey: 'tenantId' },
});

export const nestedKeyQueue = new Queue('nested', {
  // ok: bull-limiter-without-groupkey
  limiter: { max: 5, duration: 1000, groupKey: 'account.tenantId' },
});

const baseLimiter = { max: 5, duration: 1000 };
export const spreadQueue = new Queue('spread', {
  // ok: bull-limiter-without-groupkey
  limiter: { ...baseLimiter, bounceBack: true },
});

export const nestedObjectQueue = new Queue('nested-object', {
  // ok: bull-limiter-without-groupkey
  limiter: { ...baseLimiter, extra: { note: 'kept' } } as Queue.RateLimiter,
});

export const variableQueue = new Queue('variable', {
  // ok: bull-limiter-without-groupkey
  limiter: baseLimiter,
});

@Module({
  imports: [
    BullModule.forRoot({
      redis: { host: 'redis.internal' },
      // ruleid: bull-limiter-without-groupkey
      limiter: { max: 1000, duration: 60000 },
    }),
    BullModule.registerQueue({
      name: 'emails',
      // ruleid: bull-limiter-without-groupkey
      limiter: { max: 50, duration: 1000, bounceBack: false },
    }),
    BullModule.registerQueue({
      name: 'tenant-emails',
      // ok: bull-limiter-without-groupkey
      limiter: { max: 50, duration: 1000, groupKey: 'tenantId' },
    }),
  ],
})
export class QueuesModule {}

// ruleid: bull-limiter-without-groupkey
export const third = new Queue('third', 'redis://cache.internal:6379', { limiter: { max: 1, duration: 500 } });
