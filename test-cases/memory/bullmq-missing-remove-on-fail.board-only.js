// A whole-file case: Bull queues opened only to show them on the dashboard (no jobs added here).
const Queue = require('bull');
const { createBullBoard } = require('@bull-board/api');
const { BullAdapter } = require('@bull-board/api/bullAdapter');
const { ExpressAdapter } = require('@bull-board/express');

const redisUrl = 'redis://redis.internal:6379';

// quiet: bullmq-missing-remove-on-fail
const reports = new Queue('reports', redisUrl);
// quiet: bullmq-missing-remove-on-fail
const exportsQueue = new Queue('exports', redisUrl, { defaultJobOptions: { timeout: 60000 } });

const board = new ExpressAdapter();
board.setBasePath('/admin/jobs');
createBullBoard({ queues: [new BullAdapter(reports), new BullAdapter(exportsQueue)], serverAdapter: board });

module.exports = { board };
