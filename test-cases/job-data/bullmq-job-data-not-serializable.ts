import { Queue } from 'bullmq';
import { createHash } from 'node:crypto';

const connection = { host: 'redis.internal', port: 6379 };

export const segments = new Queue('segments', { connection });

export async function rebuildSegment(segmentId: string, userIds: string[], scores: Map<string, number>) {
  // ruleid: bullmq-job-data-not-serializable
  await segments.add('rebuild', { segmentId, members: new Set(userIds) });

  // ruleid: bullmq-job-data-not-serializable
  await segments.add('rebuild', { segmentId, scores: new Map(scores) });

  // ruleid: bullmq-job-data-not-serializable
  await segments.add('rebuild', { segmentId, revision: BigInt(Date.now()) });

  // ruleid: bullmq-job-data-not-serializable
  await segments.add('export', { segmentId, csv: Buffer.from(userIds.join('\n')) });

  // ok: bullmq-job-data-not-serializable
  await segments.add('rebuild', { segmentId, members: [...new Set(userIds)] });

  // ok: bullmq-job-data-not-serializable
  await segments.add('rebuild', { segmentId, members: Array.from(new Set(userIds)) });

  // ok: bullmq-job-data-not-serializable
  await segments.add('rebuild', { segmentId, scores: Object.fromEntries(scores), count: new Set(userIds).size });

  // ok: bullmq-job-data-not-serializable
  await segments.add('rebuild', { segmentId, revision: BigInt(Date.now()).toString() });

  // ok: bullmq-job-data-not-serializable
  await segments.add('export', { segmentId, csv: Buffer.from(userIds.join('\n')).toString('base64') });

  // ok: bullmq-job-data-not-serializable
  await segments.add('export', { segmentId, hash: createHash('sha1').update(Buffer.from(segmentId)).digest('hex') });
}

export async function rebuildMany(segmentIds: string[], userIds: string[]) {
  await segments.addBulk(
    segmentIds.map((segmentId) => ({
      name: 'rebuild',
      // ruleid: bullmq-job-data-not-serializable
      data: { segmentId, members: new Set(userIds) },
    })),
  );
}

export async function fromVariable(segmentId: string, userIds: string[]) {
  // todoruleid: bullmq-job-data-not-serializable
  const members = new Set(userIds);
  await segments.add('rebuild', { segmentId, members });
}
