import { Worker, Queue } from 'bullmq';

const connection = { host: process.env.REDIS_HOST, port: 6379, maxRetriesPerRequest: null };
const SHUTDOWN_TIMEOUT_MS = 25_000;

const invoiceWorker = new Worker('invoices', async (job) => job.data, { connection });
const reminderWorker = new Worker('reminders', async (job) => job.data, { connection });
const invoiceQueue = new Queue('invoices', { connection });

// The type-check comments are @ts-ignore, not @ts-expect-error: the autofix removes the error
// and keeps the comment (see the .fixed.ts file).
export async function shutdown(): Promise<void> {
  // @ts-ignore close(force?: boolean) takes no timeout
  // ruleid: bullmq-worker-close-numeric-arg
  await invoiceWorker.close(30000);
  // @ts-ignore close(force?: boolean) takes no timeout
  // ruleid: bullmq-worker-close-numeric-arg
  await reminderWorker.close(false, 30 * 1000);
  // @ts-ignore close(force?: boolean) takes no timeout
  // ruleid: bullmq-worker-close-numeric-arg
  await reminderWorker.close(SHUTDOWN_TIMEOUT_MS);
  // ok: bullmq-worker-close-numeric-arg
  await invoiceQueue.close();
  process.exit(0);
}

export async function forceShutdown(force: boolean): Promise<void> {
  // ok: bullmq-worker-close-numeric-arg
  await invoiceWorker.close(true);
  // ok: bullmq-worker-close-numeric-arg
  await reminderWorker.close(force);
}

export async function boundedShutdown(): Promise<void> {
  // ok: bullmq-worker-close-numeric-arg
  await Promise.race([invoiceWorker.close(), new Promise((resolve) => setTimeout(resolve, SHUTDOWN_TIMEOUT_MS).unref())]);
  process.exit(0);
}

export class ReportService {
  private readonly reportWorker = new Worker('reports', async (job) => job.data, { connection });

  async onModuleDestroy(): Promise<void> {
    // @ts-ignore close(force?: boolean) takes no timeout
    // ruleid: bullmq-worker-close-numeric-arg
    await this.reportWorker.close(10_000);
  }
}

// Not a worker or a queue: an HTTP server's close takes a callback.
declare const server: { close(callback: () => void): void };
// ok: bullmq-worker-close-numeric-arg
server.close(() => undefined);
