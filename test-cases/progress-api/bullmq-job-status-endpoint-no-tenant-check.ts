import express from 'express';
import Fastify from 'fastify';
import { Hono } from 'hono';
import { Queue, Job } from 'bullmq';
import { Controller, Get, NotFoundException, Param, Query } from '@nestjs/common';
import { InjectQueue } from '@nestjs/bullmq';
import { PrismaClient } from '@prisma/client';

interface ExportData {
  tenantId: string;
  format: 'csv' | 'pdf';
}

const connection = { host: process.env.REDIS_HOST, port: 6379 };
const exportsQueue = new Queue<ExportData>('exports', { connection });
const prisma = new PrismaClient();

// Express: the auth middleware puts the caller's tenant in res.locals.
const app = express();

app.get('/exports/:id', async (req, res) => {
  // ruleid: bullmq-job-status-endpoint-no-tenant-check
  const job = await exportsQueue.getJob(req.params.id);
  if (!job) {
    res.status(404).end();
    return;
  }
  res.json({ state: await job.getState(), progress: job.progress, result: job.returnvalue });
});

app.get('/exports/:id/status', async (req, res) => {
  // ok: bullmq-job-status-endpoint-no-tenant-check
  const job = await exportsQueue.getJob(req.params.id);
  if (!job || job.data.tenantId !== res.locals.tenantId) {
    res.status(404).end();
    return;
  }
  res.json({ state: await job.getState(), progress: job.progress });
});

app.delete('/exports/:id', async (req, res) => {
  const { id } = req.params;
  // ruleid: bullmq-job-status-endpoint-no-tenant-check
  const job = await Job.fromId(exportsQueue, id);
  await job?.remove();
  res.status(204).end();
});

app.get('/exports/:id/file', async (req, res) => {
  // The export row is the tenant's own record; the job id comes from it.
  const record = await prisma.export.findFirst({ where: { id: req.params.id, tenantId: res.locals.tenantId } });
  if (!record) {
    res.status(404).end();
    return;
  }
  // ok: bullmq-job-status-endpoint-no-tenant-check
  const job = await exportsQueue.getJob(req.params.id);
  res.json({ state: await job?.getState() });
});

// A service of the application: its getJob may check the caller itself.
declare const exportService: { getJob(id: string, tenantId: string): Promise<unknown> };
app.get('/exports/:id/summary', async (req, res) => {
  // ok: bullmq-job-status-endpoint-no-tenant-check
  const summary = await exportService.getJob(req.params.id, res.locals.tenantId);
  res.json(summary);
});

// Fastify
const fastify = Fastify();

fastify.get<{ Params: { jobId: string } }>('/jobs/:jobId', async (request) => {
  // ruleid: bullmq-job-status-endpoint-no-tenant-check
  const job = await exportsQueue.getJob(request.params.jobId);
  return { failedReason: job?.failedReason, data: job?.data };
});

declare function assertSameTenant(job: Job<ExportData> | undefined, tenantId: string): asserts job is Job<ExportData>;

fastify.get<{ Params: { jobId: string }; Querystring: { tenant: string } }>('/jobs/:jobId/checked', async (request) => {
  // ok: bullmq-job-status-endpoint-no-tenant-check
  const job = await exportsQueue.getJob(request.params.jobId);
  assertSameTenant(job, request.query.tenant);
  return { data: job.data };
});

// Hono
const hono = new Hono<{ Variables: { tenantId: string } }>();

hono.get('/jobs/:id', async (c) => {
  // ruleid: bullmq-job-status-endpoint-no-tenant-check
  const job = await exportsQueue.getJob(c.req.param('id'));
  return c.json({ result: job?.returnvalue });
});

hono.get('/jobs/:id/namespaced', async (c) => {
  // Jobs are added with the tenant in their id: one tenant cannot name another's.
  // ok: bullmq-job-status-endpoint-no-tenant-check
  const job = await exportsQueue.getJob(`${c.get('tenantId')}.${c.req.param('id')}`);
  return c.json({ result: job?.returnvalue });
});

// NestJS
@Controller('reports')
export class ReportsController {
  constructor(@InjectQueue('reports') private readonly reports: Queue<ExportData>) {}

  @Get(':id')
  async status(@Param('id') id: string) {
    // ruleid: bullmq-job-status-endpoint-no-tenant-check
    const job = await this.reports.getJob(id);
    return { state: await job?.getState(), data: job?.data };
  }

  @Get(':id/owned')
  async ownedStatus(@Param('id') id: string, @Query('tenant') tenant: string) {
    // ok: bullmq-job-status-endpoint-no-tenant-check
    const job = await this.reports.getJob(id);
    if (!job || job.data.tenantId !== tenant) {
      throw new NotFoundException();
    }
    return { state: await job.getState() };
  }
}

export { app, fastify, hono };
