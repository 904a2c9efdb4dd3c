const { pathToFileURL } = require('node:url');
const { Worker } = require('bullmq');

const connection = { host: process.env.REDIS_HOST, port: 6379 };

const resizeWorker = new Worker('resize', function (job) {
  return job.data;
}, {
  connection,
  // ruleid: bullmq-worker-threads-inline-processor
  useWorkerThreads: true,
});

const processorUrl = pathToFileURL(`${__dirname}/resize-processor.js`);
// ok: bullmq-worker-threads-inline-processor
const sandboxedResize = new Worker('resize-sandboxed', processorUrl, { connection, useWorkerThreads: true });

module.exports = { resizeWorker, sandboxedResize };

// A child process per job (the default for a file processor) or worker threads: both sandboxed.
// ok: bullmq-worker-threads-inline-processor
const forkedResize = new Worker('resize-forked', `${__dirname}/resize-processor.js`, { connection, useWorkerThreads: false });

module.exports.forkedResize = forkedResize;
