import { Queue } from 'bullmq';
import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';

const connection = { host: 'redis.internal', port: 6379 };

export const thumbnails = new Queue('thumbnails', {
  connection,
  // ruleid: bullmq-remove-on-complete-true
  defaultJobOptions: { removeOnComplete: true, removeOnFail: { age: 7 * 24 * 3600 } },
});

export async function enqueueThumbnail(imageId: string) {
  // ruleid: bullmq-remove-on-complete-true
  await thumbnails.add('resize', { imageId }, { removeOnComplete: true });

  // ok: bullmq-remove-on-complete-true
  await thumbnails.add('resize', { imageId }, { removeOnComplete: { age: 24 * 3600, count: 1000 } });

  // ok: bullmq-remove-on-complete-true
  await thumbnails.add('resize', { imageId }, { removeOnComplete: 500 });

  // ok: bullmq-remove-on-complete-true
  await thumbnails.add('resize', { imageId, removeOnComplete: true });
}

export async function enqueueMany(imageIds: string[]) {
  await thumbnails.addBulk(
    imageIds.map((imageId) => ({
      name: 'resize',
      data: { imageId },
      // ruleid: bullmq-remove-on-complete-true
      opts: { removeOnComplete: true },
    })),
  );
}

@Module({
  imports: [
    BullModule.forRoot({
      connection,
      // ok: bullmq-remove-on-complete-true
      defaultJobOptions: { removeOnComplete: { count: 1000 } },
    }),
    BullModule.registerQueue({
      name: 'previews',
      // ruleid: bullmq-remove-on-complete-true
      defaultJobOptions: { attempts: 3, removeOnComplete: true },
    }),
  ],
})
export class MediaModule {}
