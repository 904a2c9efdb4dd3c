import { Job, Queue, QueueEvents, Worker } from 'bullmq';
import { Cluster } from 'ioredis';

declare function deliver(webhookId: string): Promise<void>;

const nodes = [
  { host: process.env.REDIS_NODE_1!, port: 6379 },
  { host: process.env.REDIS_NODE_2!, port: 6379 },
];
const cluster = new Cluster(nodes, { redisOptions: { maxRetriesPerRequest: null, password: process.env.REDIS_PASSWORD } });

// ruleid: bullmq-cluster-without-hashtag
export const webhooks = new Queue('webhooks', { connection: cluster });

export const webhookWorker = new Worker(
  // ruleid: bullmq-cluster-without-hashtag
  'webhooks',
  async (job: Job<{ webhookId: string }>) => deliver(job.data.webhookId),
  { connection: cluster, prefix: 'app' },
);

// ok: bullmq-cluster-without-hashtag
export const hashtagged = new Queue('webhooks', { connection: cluster, prefix: '{app}' });

// ok: bullmq-cluster-without-hashtag
export const taggedName = new QueueEvents('{notifications}', { connection: cluster });

// Not a cluster: no hash tag needed.
// ok: bullmq-cluster-without-hashtag
export const single = new Queue('webhooks', { connection: { host: process.env.REDIS_HOST } });

declare const PREFIX: string;
// The prefix comes from configuration: not judged.
// ok: bullmq-cluster-without-hashtag
export const configured = new Queue('exports', { connection: cluster, prefix: PREFIX });

// ruleid: bullmq-cluster-without-hashtag
export const inline = new QueueEvents('exports', { connection: new Cluster(nodes) });
