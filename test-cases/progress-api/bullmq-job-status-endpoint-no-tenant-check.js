// CommonJS Express router.
const { Queue } = require('bullmq');
const express = require('express');

const router = express.Router();
const thumbnails = new Queue('thumbnails', { connection: { host: process.env.REDIS_HOST, port: 6379 } });

router.get('/thumbnails/:jobId', async (req, res) => {
  // ruleid: bullmq-job-status-endpoint-no-tenant-check
  const job = await thumbnails.getJob(req.params['jobId']);
  res.json(job ? job.toJSON() : null);
});

router.get('/thumbnails/:jobId/progress', async (req, res) => {
  const jobId = req.params.jobId;
  // ok: bullmq-job-status-endpoint-no-tenant-check
  const job = await thumbnails.getJob(jobId);
  if (!job || job.data.ownerId !== res.locals.userId) {
    res.sendStatus(404);
    return;
  }
  res.json({ progress: job.progress });
});

module.exports = { router };
