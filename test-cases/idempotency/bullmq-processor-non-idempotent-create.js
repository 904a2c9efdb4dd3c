const Queue = require('bull');
const { PrismaClient } = require('@prisma/client');

const prisma = new PrismaClient();
const emailQueue = new Queue('emails', 'redis://redis.internal:6379');

emailQueue.process('welcome', async (job) => {
  // ruleid: bullmq-processor-non-idempotent-create
  await prisma.sentEmail.create({ data: { userId: job.data.userId, template: 'welcome' } });
});

emailQueue.process('digest', async (job) => {
  // ok: bullmq-processor-non-idempotent-create
  await prisma.sentEmail.create({ data: { userId: job.data.userId, idempotencyKey: `digest-${job.data.week}` } });
});

module.exports = { emailQueue };
