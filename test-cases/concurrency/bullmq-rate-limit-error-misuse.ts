import { Job, Queue, Worker, RateLimitError, UnrecoverableError } from 'bullmq';
import { Processor, WorkerHost } from '@nestjs/bullmq';

const connection = { host: 'redis.internal', port: 6379, maxRetriesPerRequest: null };
const smsQueue = new Queue('sms', { connection });

declare function callProvider(to: string): Promise<{ status: number; retryAfterMs: number }>;

export const smsWorker = new Worker(
  'sms',
  async (job: Job<{ to: string }>) => {
    const response = await callProvider(job.data.to);
    if (response.status === 429) {
      // ruleid: bullmq-rate-limit-error-misuse
      throw Worker.RateLimitError();
    }
    if (response.status === 400) {
      throw new UnrecoverableError('bad number');
    }
  },
  { connection, limiter: { max: 10, duration: 1000 } },
);

export const emailWorker = new Worker(
  'email',
  async (job: Job<{ to: string }>) => {
    const response = await callProvider(job.data.to);
    if (response.status === 429) {
      await smsQueue.rateLimit(response.retryAfterMs);
      // ok: bullmq-rate-limit-error-misuse
      throw Worker.RateLimitError();
    }
  },
  { connection, limiter: { max: 10, duration: 1000 } },
);

export async function pushNotification(job: Job<{ deviceId: string }>) {
  const response = await callProvider(job.data.deviceId);
  if (response.status === 429) {
    // ruleid: bullmq-rate-limit-error-misuse
    throw new RateLimitError();
  }
  return response.status;
}

export async function checkBudget(job: Job<{ tenantId: string }>) {
  // Already limited by someone else: the key's TTL makes the worker wait.
  if ((await smsQueue.getRateLimitTtl()) > 0) {
    // ok: bullmq-rate-limit-error-misuse
    throw Worker.RateLimitError();
  }
  return job.data.tenantId;
}

@Processor('webhooks', { limiter: { max: 5, duration: 1000 } })
export class WebhookProcessor extends WorkerHost {
  async process(job: Job<{ url: string }>): Promise<void> {
    const response = await callProvider(job.data.url);
    if (response.status === 429) {
      // ruleid: bullmq-rate-limit-error-misuse
      throw Worker.RateLimitError();
    }
    if (response.status === 503) {
      await this.worker.rateLimit(response.retryAfterMs);
      // ok: bullmq-rate-limit-error-misuse
      throw Worker.RateLimitError();
    }
  }
}

export const geoWorker = new Worker(
  'geocode',
  async function geocode(job: Job<{ address: string }>) {
    const response = await callProvider(job.data.address);
    // ruleid: bullmq-rate-limit-error-misuse
    if (response.status === 429) throw new RateLimitError();
    return response.status;
  },
  { connection, limiter: { max: 50, duration: 1000 } },
);

// Outside a processor (a helper that builds the error) is not judged.
// ok: bullmq-rate-limit-error-misuse
export const makeLimitError = () => new RateLimitError();

// The limit is set in a helper: not seen.
declare function backOff(ms: number): Promise<void>;
export async function viaHelper(job: Job) {
  await backOff(1000);
  // todook: bullmq-rate-limit-error-misuse
  throw Worker.RateLimitError();
}
