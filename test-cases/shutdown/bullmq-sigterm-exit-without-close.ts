import { Worker } from 'bullmq';

const connection = { host: process.env.REDIS_HOST, port: 6379, maxRetriesPerRequest: null };
const logger = console;

const thumbnailWorker = new Worker('thumbnails', async (job) => job.data, { connection });
thumbnailWorker.on('error', (err) => logger.error({ err }, 'thumbnail worker error'));

process.on('SIGTERM', () => {
  logger.info('SIGTERM received, exiting');
  // ruleid: bullmq-sigterm-exit-without-close
  process.exit(0);
});

process.on('SIGINT', () => {
  void thumbnailWorker.close();
  // ruleid: bullmq-sigterm-exit-without-close
  process.exit(0);
});

// ruleid: bullmq-sigterm-exit-without-close
process.once('SIGINT', () => process.exit(130));

async function stopEverything(signal: NodeJS.Signals): Promise<void> {
  logger.info({ signal }, 'stopping');
  // ruleid: bullmq-sigterm-exit-without-close
  process.exit(0);
}
process.on('SIGTERM', () => stopEverything('SIGTERM'));

async function closeWorkersThenExit(): Promise<void> {
  // A fallback if the close hangs: exit anyway after 25 s.
  // ok: bullmq-sigterm-exit-without-close
  setTimeout(() => process.exit(1), 25_000).unref();
  await thumbnailWorker.close();
  // ok: bullmq-sigterm-exit-without-close
  process.exit(0);
}
process.once('SIGTERM', closeWorkersThenExit);

process.on('SIGTERM', async () => {
  try {
    await thumbnailWorker.close();
  } catch (err) {
    logger.error({ err }, 'close failed');
  }
  // ok: bullmq-sigterm-exit-without-close
  process.exit(0);
});

process.on('SIGINT', () => {
  // ok: bullmq-sigterm-exit-without-close
  thumbnailWorker.close().then(() => process.exit(0));
});

// Not a shutdown signal: crashing on an uncaught exception is right.
// ok: bullmq-sigterm-exit-without-close
process.on('uncaughtException', () => process.exit(1));
