const Queue = require('bull');

const exportsQueue = new Queue('exports', 'redis://redis.internal:6379');

exportsQueue.process('csv', async (job) => job.data.reportId);

/**
 * @param {string} reportId
 * @param {string} userId
 */
async function requestExport(reportId, userId) {
  // Bull fails this job: no handler is registered for a per-report name.
  // ruleid: bullmq-job-name-not-constant
  await exportsQueue.add(`csv-${reportId}`, { reportId, userId });
  // ok: bullmq-job-name-not-constant
  await exportsQueue.add('csv', { reportId, userId });
}

module.exports = { exportsQueue, requestExport };
