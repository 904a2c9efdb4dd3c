// CommonJS, NestJS-style queue registration.
const { BullModule } = require('@nestjs/bullmq');

const reportsModule = BullModule.registerQueue({
  name: 'reports',
  defaultJobOptions: {
    // @ts-expect-error BullMQ's job options have no timeout
    // ruleid: bullmq-job-timeout-option
    timeout: 5 * 60 * 1000,
    // ok: bullmq-job-timeout-option
    attempts: 2,
  },
});

module.exports = { reportsModule };
