// Bull (v3/v4) processor, CommonJS.
const Queue = require('bull');
const { PrismaClient } = require('@prisma/client');

const prisma = new PrismaClient();
const cleanupQueue = new Queue('cleanup', process.env.REDIS_URL);

cleanupQueue.process('purge-sessions', async (job) => {
  // ruleid: bullmq-worker-prisma-missing-tenant-filter
  await prisma.session.deleteMany({ where: { expiresAt: { lt: new Date() } } });
  // ok: bullmq-worker-prisma-missing-tenant-filter
  await prisma.session.deleteMany({ where: { tenantId: job.data.tenantId, expiresAt: { lt: new Date() } } });
  // ruleid: bullmq-worker-prisma-missing-tenant-filter
  const users = await prisma.user.findMany({ take: 100 });
  return users.length;
});

module.exports = { cleanupQueue };
