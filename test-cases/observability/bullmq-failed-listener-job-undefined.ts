import { Worker, QueueEvents, Queue, Job } from 'bullmq';
import { Processor, WorkerHost, OnWorkerEvent } from '@nestjs/bullmq';

const logger = console;
const connection = { host: process.env.REDIS_HOST, port: 6379, maxRetriesPerRequest: null };

interface ScanData {
  tenantId: string;
  documentId: string;
}

const deadLetters = new Queue('scan-dead-letters', { connection });

const scanWorker = new Worker<ScanData>('scan', async (job) => job.data.documentId, { connection });
scanWorker.on('error', (err) => logger.error({ err }, 'scan worker error'));

// ruleid: bullmq-failed-listener-job-undefined
scanWorker.on('failed', async (job, err) => {
  if (job!.attemptsMade >= (job!.opts.attempts ?? 1)) {
    await deadLetters.add('scan-failed', { ...job!.data, reason: err.message });
  }
});

// ruleid: bullmq-failed-listener-job-undefined
scanWorker.once('failed', (job, err) => logger.error({ jobId: job!.id, tenantId: job!.data.tenantId, err }, 'scan failed'));

// ok: bullmq-failed-listener-job-undefined
scanWorker.on('failed', (job, err) => logger.error({ jobId: job?.id, tenantId: job?.data.tenantId, err }, 'scan failed'));

// ok: bullmq-failed-listener-job-undefined
scanWorker.on('failed', async (job, err) => {
  if (!job) {
    logger.error({ err }, 'a scan failed and was already removed');
    return;
  }
  if (job.attemptsMade >= (job.opts.attempts ?? 1)) {
    await deadLetters.add('scan-failed', { ...job.data, reason: err.message });
  }
});

// ok: bullmq-failed-listener-job-undefined
scanWorker.on('failed', (job, err) => {
  if (job) {
    logger.warn({ jobId: job.id, attempts: job.attemptsMade }, err.message);
  }
});

// ok: bullmq-failed-listener-job-undefined
scanWorker.on('completed', (job) => logger.info({ jobId: job.id }, 'scan done'));

// QueueEvents pass { jobId, failedReason }: always there.
const scanEvents = new QueueEvents('scan', { connection });
// ok: bullmq-failed-listener-job-undefined
scanEvents.on('failed', (event) => logger.error({ jobId: event.jobId }, event.failedReason));

@Processor('ocr')
export class OcrProcessor extends WorkerHost {
  async process(job: Job<ScanData>): Promise<string> {
    return job.data.documentId;
  }

  @OnWorkerEvent('failed')
  // ruleid: bullmq-failed-listener-job-undefined
  onFailed(job: Job<ScanData> | undefined, err: Error): void {
    // Two unguarded reads, one finding: the listener is reported once, at its parameter.
    logger.error({ jobId: job!.id, name: job!.name, err }, 'ocr failed');
    logger.error({ jobId: job!.id, err }, 'ocr failed');
  }

  @OnWorkerEvent('failed')
  onFailedSafely(job: Job<ScanData> | undefined, err: Error): void {
    // ok: bullmq-failed-listener-job-undefined
    logger.error({ jobId: job?.id, tenantId: job ? job.data.tenantId : undefined, err }, 'ocr failed');
  }
}
