// A whole-file case: queue handles made for the dashboard. The file builds a Bull Board and adds
// no jobs, so nothing is ever added through these objects; the producers have their own.
import { Queue } from 'bullmq';
import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';

const connection = { host: 'redis.internal', port: 6379 };

// quiet: bullmq-missing-auto-removal
export const imageQueue = new Queue('image-resize', { connection });
// quiet: bullmq-missing-auto-removal
export const videoQueue = new Queue('video-transcode', { connection, defaultJobOptions: { attempts: 2 } });

export const dashboard = new ExpressAdapter();
dashboard.setBasePath('/ops/queues');
createBullBoard({
  queues: [new BullMQAdapter(imageQueue), new BullMQAdapter(videoQueue, { readOnlyMode: true })],
  serverAdapter: dashboard,
});
