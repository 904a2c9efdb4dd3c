import { FlowProducer, Job, Queue, QueueEvents, Worker } from 'bullmq';
import { BullModule, Processor, QueueEventsHost, QueueEventsListener, WorkerHost } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import IORedis from 'ioredis';

declare const tenantId: string;
declare function buildReport(id: string): Promise<void>;

const connection = new IORedis(process.env.REDIS_URL!, { maxRetriesPerRequest: null });
const BILLING_QUEUE = 'billing-invoices';

// ruleid: bullmq-queue-name-colon
export const invoices = new Queue('billing:invoices', { connection });

// A queue per tenant, with the tenant joined by a colon.
// ruleid: bullmq-queue-name-colon
export const tenantReports = new Queue(`reports:${tenantId}`, { connection });

export const tenantWorker = new Worker(
  // ruleid: bullmq-queue-name-colon
  'reports:' + tenantId,
  async (job: Job<{ reportId: string }>) => buildReport(job.data.reportId),
  { connection },
);

// ok: bullmq-queue-name-colon
export const receipts = new Queue('billing-receipts', { connection, prefix: 'billing' });

// ok: bullmq-queue-name-colon
export const tenantQueue = new Queue(`reports-${tenantId}`, { connection });

// ok: bullmq-queue-name-colon
export const billingEvents = new QueueEvents(BILLING_QUEUE, { connection });

const flows = new FlowProducer({ connection });

export async function scheduleExports(): Promise<void> {
  // The job id may hold a colon in its 3-part form; only the queue name matters here.
  // ok: bullmq-queue-name-colon
  await invoices.add('render', { invoiceId: 'inv-1' }, { jobId: 'invoice:render:inv-1' });

  // ruleid: bullmq-queue-name-colon
  await flows.add({ name: 'bundle', queueName: 'exports:zip', children: [{ name: 'file', queueName: 'exports-files', data: {} }] });
}

@Module({
  imports: [
    BullModule.registerQueue(
      // ok: bullmq-queue-name-colon
      { name: 'documents' },
      // ruleid: bullmq-queue-name-colon
      { name: 'documents:ocr' },
    ),
  ],
})
export class DocumentsModule {}

// ruleid: bullmq-queue-name-colon
@Processor('documents:ocr')
export class OcrProcessor extends WorkerHost {
  async process(job: Job<{ documentId: string }>): Promise<string> {
    return job.data.documentId;
  }
}

// ok: bullmq-queue-name-colon
@QueueEventsListener('documents')
export class DocumentEvents extends QueueEventsHost {}
