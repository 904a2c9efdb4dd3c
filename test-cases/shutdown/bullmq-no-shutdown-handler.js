// A CommonJS worker process.
const { Worker } = require('bullmq');

const connection = { host: process.env.REDIS_HOST, port: 6379, maxRetriesPerRequest: null };

// ruleid: bullmq-no-shutdown-handler
const resizeWorker = new Worker('resize', async (job) => job.data, { connection });
resizeWorker.on('error', (err) => console.error(err));

// ok: bullmq-no-shutdown-handler
const cleanupWorker = new Worker('cleanup', async () => undefined, { connection });
const shutdown = async () => {
  await cleanupWorker.close();
  process.exit(0);
};
process.on('SIGTERM', shutdown);
process.on('SIGINT', shutdown);
