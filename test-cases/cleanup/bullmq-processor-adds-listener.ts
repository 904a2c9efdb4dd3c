import { Queue, QueueEvents, Worker, Job } from 'bullmq';
import { Processor, WorkerHost } from '@nestjs/bullmq';

const connection = { host: 'redis.internal', port: 6379, maxRetriesPerRequest: null };

export const renderQueue = new Queue('render', { connection });
export const renderEvents = new QueueEvents('render', { connection });

interface ReportData {
  reportId: string;
}

export const reportWorker = new Worker<ReportData>(
  'reports',
  async (job) => {
    const child = await renderQueue.add('chart', { reportId: job.data.reportId });
    return new Promise((resolve) => {
      // ruleid: bullmq-processor-adds-listener
      renderEvents.on('completed', ({ jobId, returnvalue }) => {
        if (jobId === child.id) resolve(returnvalue);
      });
    });
  },
  { connection },
);

export async function processExport(job: Job<ReportData>) {
  const child = await renderQueue.add('pdf', { reportId: job.data.reportId });
  // ok: bullmq-processor-adds-listener
  return child.waitUntilFinished(renderEvents, 60_000);
}

export async function processPreview(job: Job<ReportData>) {
  const child = await renderQueue.add('png', { reportId: job.data.reportId });
  const onFailed = ({ jobId }: { jobId: string }) => console.warn('render failed', jobId, job.id);
  // ok: bullmq-processor-adds-listener
  renderEvents.on('failed', onFailed);
  try {
    return await child.waitUntilFinished(renderEvents);
  } finally {
    renderEvents.off('failed', onFailed);
  }
}

export async function processDigest(job: Job<ReportData>) {
  // ruleid: bullmq-processor-adds-listener
  renderEvents.addListener('progress', ({ jobId, data }) => console.log(job.id, jobId, data));
  // ruleid: bullmq-processor-adds-listener
  reportWorker.on('failed', (failed) => console.error('sibling failed', failed?.id, job.id));
}

@Processor('exports')
export class ExportProcessor extends WorkerHost {
  constructor(private readonly exportEvents: QueueEvents) {
    super();
  }

  async process(job: Job<ReportData>): Promise<void> {
    // ruleid: bullmq-processor-adds-listener
    this.exportEvents.on('completed', ({ jobId }) => console.log('done', jobId, job.id));
  }
}

// Registered once, at start-up: fine.
// ok: bullmq-processor-adds-listener
renderEvents.on('failed', ({ jobId, failedReason }) => console.error(jobId, failedReason));

// ok: bullmq-processor-adds-listener
reportWorker.on('error', (err) => console.error(err));

// A stream made for this job is collected with it.
export async function processUpload(job: Job<ReportData>) {
  const chunks: Buffer[] = [];
  const body = process.stdin;
  // ok: bullmq-processor-adds-listener
  body.on('data', (chunk: Buffer) => chunks.push(chunk));
  return job.data.reportId;
}
