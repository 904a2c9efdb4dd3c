import { Queue, FlowProducer } from 'bullmq';

const connection = { host: 'redis.internal', port: 6379 };
export const reminders = new Queue('reminders', { connection });

export async function remind(userId: string, runAt: Date) {
  // ruleid: bullmq-delay-absolute-timestamp
  await reminders.add('remind', { userId }, { delay: runAt.getTime() });

  // ruleid: bullmq-delay-absolute-timestamp
  await reminders.add('remind', { userId }, { delay: Date.now() + 15 * 60 * 1000 });

  // ok: bullmq-delay-absolute-timestamp
  await reminders.add('remind', { userId }, { delay: runAt.getTime() - Date.now() });

  // ok: bullmq-delay-absolute-timestamp
  await reminders.add('remind', { userId }, { delay: Math.max(0, runAt.getTime() - Date.now()) });

  // ok: bullmq-delay-absolute-timestamp
  await reminders.add('remind', { userId }, { delay: 15 * 60 * 1000 });

  // ruleid: bullmq-delay-absolute-timestamp
  await reminders.add('remind', { userId }, { delay: Date.parse('2030-01-01T09:00:00Z') });
}

export async function remindMany(items: { userId: string; at: Date }[]) {
  await reminders.addBulk(
    items.map((item) => ({
      name: 'remind',
      data: { userId: item.userId },
      // ruleid: bullmq-delay-absolute-timestamp
      opts: { delay: item.at.getTime() },
    })),
  );
}

// A timestamp held in the job data is fine.
// ok: bullmq-delay-absolute-timestamp
export const record = (at: Date) => reminders.add('log', { at: at.getTime() });

// A timestamp computed into a variable first is not followed.
export async function viaVariable(runAt: Date) {
  const when = runAt.getTime();
  // todoruleid: bullmq-delay-absolute-timestamp
  await reminders.add('remind', {}, { delay: when });
}

export const flows = new FlowProducer({ connection });
