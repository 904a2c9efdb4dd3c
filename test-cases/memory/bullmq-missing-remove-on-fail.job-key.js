// A whole-file case: the producer passes the failed-job bound on every add(), in shorthand.
const { Queue } = require('bullmq');

// quiet: bullmq-missing-remove-on-fail
const exportsQueue = new Queue('csv-exports', { connection: { host: 'redis.internal' } });

/**
 * @param {string} reportId
 * @param {import('bullmq').KeepJobs} removeOnFail how many failed exports to keep
 */
async function requestExport(reportId, removeOnFail) {
  await exportsQueue.add('export', { reportId }, { attempts: 2, removeOnFail });
}

// quiet: bullmq-missing-remove-on-fail
const importsQueue = new Queue('csv-imports', { connection: { host: 'redis.internal' }, defaultJobOptions: { attempts: 1 } });

module.exports = { exportsQueue, importsQueue, requestExport };
