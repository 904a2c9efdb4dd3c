import { Worker, Job } from 'bullmq';
import { PrismaClient } from '@prisma/client';
import { connection } from './queues';

const prisma = new PrismaClient();

interface BillScanData {
  tenantId: string;
  entityId: string;
  total: number;
}

async function processBillScan(job: Job<BillScanData>) {
  const bill = await prisma.bill.create({ data: job.data });
  await prisma.auditLog.create({ data: { action: 'BILL_AUTO_CREATED', resourceId: bill.id } });
  return { billId: bill.id };
}

export const billScanWorker = new Worker('bill-scan', processBillScan, {
  connection,
  concurrency: 5,
  limiter: {
    max: 100,
    duration: 60_000,
    // @ts-expect-error removed in BullMQ 3.0, kept here on purpose
    groupKey: 'tenantId',
  },
});

billScanWorker.on('error', (err) => console.error('bill-scan worker error', err));
