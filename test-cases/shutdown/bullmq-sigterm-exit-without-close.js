// Bull (v3/v4): the queue that processes is the one to close.
const Queue = require('bull');

const pdfQueue = new Queue('pdf', process.env.REDIS_URL);
pdfQueue.process(3, async (job) => job.data);

const shutdown = () => {
  console.log('shutting down');
  // ruleid: bullmq-sigterm-exit-without-close
  process.exit(0);
};
process.on('SIGTERM', shutdown);

const shutdownGracefully = async () => {
  const results = await Promise.allSettled([pdfQueue.close()]);
  console.log('closed', results);
  // ok: bullmq-sigterm-exit-without-close
  process.exit(0);
};
process.on('SIGINT', shutdownGracefully);
