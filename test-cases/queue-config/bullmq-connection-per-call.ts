import express from 'express';
import { Job, Queue, Worker } from 'bullmq';
import { Body, Controller, Injectable, OnModuleInit, Post } from '@nestjs/common';
import { InjectQueue } from '@nestjs/bullmq';
import IORedis from 'ioredis';

const connection = new IORedis(process.env.REDIS_URL!, { maxRetriesPerRequest: null });
const app = express();

// Once per process: fine.
// ok: bullmq-connection-per-call
export const exportsQueue = new Queue('exports', { connection });

app.post('/exports', async (req, res) => {
  // A new Queue (and Redis connection) for every request.
  // ruleid: bullmq-connection-per-call
  const queue = new Queue('exports', { connection: { host: process.env.REDIS_HOST } });
  const job = await queue.add('export', { userId: req.body.userId });
  await queue.close();
  res.json({ jobId: job.id });
});

app.get('/health/redis', async (_req, res) => {
  // ruleid: bullmq-connection-per-call
  const client = new IORedis(process.env.REDIS_URL!);
  res.json({ pong: await client.ping() });
});

// Queues per tenant, kept in a map and reused.
const tenantQueues = new Map<string, Queue>();
app.post('/tenants/:tenantId/jobs', async (req, res) => {
  let queue = tenantQueues.get(req.params.tenantId);
  if (!queue) {
    // ok: bullmq-connection-per-call
    queue = new Queue(`jobs-${req.params.tenantId}`, { connection });
    tenantQueues.set(req.params.tenantId, queue);
  }
  const job = await queue.add('run', req.body);
  res.json({ jobId: job.id });
});

// A processor that opens a Queue for every job to enqueue the next step.
export const ingestWorker = new Worker('ingest', async (job: Job<{ fileId: string }>) => {
  // ruleid: bullmq-connection-per-call
  const next = new Queue('parse', { connection });
  await next.add('parse', { fileId: job.data.fileId });
}, { connection });

@Controller('reports')
export class ReportsController {
  constructor(@InjectQueue('reports') private readonly reports: Queue) {}

  @Post()
  async create(@Body() body: { month: string }) {
    // ruleid: bullmq-connection-per-call
    const adHoc = new Queue('reports', { connection });
    await adHoc.add('build', body);
    return this.reports.add('build', body);
  }
}

@Injectable()
export class QueueRegistry implements OnModuleInit {
  private audit?: Queue;

  onModuleInit() {
    // ok: bullmq-connection-per-call
    this.audit = new Queue('audit', { connection });
  }
}
