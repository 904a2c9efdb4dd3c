// Bull (v3/v4) with CommonJS: queue.process() callbacks.
const Queue = require('bull');
const { PrismaClient } = require('@prisma/client');

const prisma = new PrismaClient();
const exportsQueue = new Queue('exports', process.env.REDIS_URL);

exportsQueue.process('csv', 2, async (job) => {
  // ruleid: bullmq-processor-create-missing-tenant
  await prisma.exportFile.create({ data: { path: `/tmp/${job.id}.csv` } });
  // ok: bullmq-processor-create-missing-tenant
  await prisma.exportFile.create({ data: { path: `/tmp/${job.id}.csv`, tenantId: job.data.tenantId } });
});

exportsQueue.process(async function (job) {
  // ruleid: bullmq-processor-create-missing-tenant
  return prisma.exportFile.create({ data: job.data });
});
