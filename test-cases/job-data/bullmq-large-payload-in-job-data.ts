import { Queue, Job, Worker } from 'bullmq';
import * as fs from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';

const connection = { host: 'redis.internal', port: 6379, maxRetriesPerRequest: null };

interface Upload {
  buffer: Buffer;
  originalname: string;
}

export const scans = new Queue('bill-scan', { connection });

export async function enqueueScan(tenantId: string, path: string, upload: Upload, imageUrl: string) {
  // ruleid: bullmq-large-payload-in-job-data
  await scans.add('scan', { tenantId, image: fs.readFileSync(path) });

  // ruleid: bullmq-large-payload-in-job-data
  await scans.add('scan', { tenantId, image: (await readFile(path)).toString('base64') });

  // ruleid: bullmq-large-payload-in-job-data
  await scans.add('scan', { tenantId, file: upload.buffer, name: upload.originalname });

  const response = await fetch(imageUrl);
  // ruleid: bullmq-large-payload-in-job-data
  await scans.add('scan', { tenantId, image: Buffer.from(await response.arrayBuffer()).toString('base64') });

  // ok: bullmq-large-payload-in-job-data
  await scans.add('scan', { tenantId, s3Key: `uploads/${tenantId}/${upload.originalname}` });

  // ok: bullmq-large-payload-in-job-data
  await scans.add('scan', { tenantId, contentHash: createHash('sha256').update(upload.buffer).digest('hex') });

  // ok: bullmq-large-payload-in-job-data
  await scans.add('scan', { tenantId, size: Buffer.byteLength(upload.buffer) });

  // ok: bullmq-large-payload-in-job-data
  await scans.add('notify', { tenantId, auth: Buffer.from(`${tenantId}:scanner`).toString('base64') });
}

export async function enqueueBatch(tenantId: string, paths: string[]) {
  await scans.addBulk(
    paths.map((path) => ({
      name: 'scan',
      // ruleid: bullmq-large-payload-in-job-data
      data: { tenantId, image: fs.readFileSync(path, 'base64') },
    })),
  );
}

// Reading a file inside the processor is what a reference is for.
export const scanWorker = new Worker(
  'bill-scan',
  async (job: Job<{ path: string }>) => {
    // ok: bullmq-large-payload-in-job-data
    const image = await readFile(job.data.path);
    return image.length;
  },
  { connection },
);

export async function fromVariable(tenantId: string, path: string) {
  // todoruleid: bullmq-large-payload-in-job-data
  const image = fs.readFileSync(path);
  await scans.add('scan', { tenantId, image });
}
