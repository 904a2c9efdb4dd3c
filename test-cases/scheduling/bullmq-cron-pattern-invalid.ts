import { Queue } from 'bullmq';

const connection = { host: 'redis.internal', port: 6379 };
export const reports = new Queue('reports', { connection });

export async function scheduleReports() {
  // Meant "02:00 daily"; cron-parser reads it as second 0, every minute of hour 0, day 2.
  // ruleid: bullmq-cron-pattern-invalid
  await reports.upsertJobScheduler('daily-report', { pattern: '0 2 * *' }, { name: 'report' });

  // A Quartz expression with a year field: cron-parser throws.
  // ruleid: bullmq-cron-pattern-invalid
  await reports.upsertJobScheduler('yearly-report', { pattern: '0 0 12 1 1 ? 2030' }, { name: 'report' });

  // ok: bullmq-cron-pattern-invalid
  await reports.upsertJobScheduler('daily-report', { pattern: '0 2 * * *' }, { name: 'report' });

  // Six fields: leading seconds.
  // ok: bullmq-cron-pattern-invalid
  await reports.upsertJobScheduler('weekday-noon', { pattern: '0 0 12 * * 1-5', tz: 'America/New_York' }, { name: 'report' });

  // ok: bullmq-cron-pattern-invalid
  await reports.upsertJobScheduler('daily-alias', { pattern: '@daily' }, { name: 'report' });

  // ruleid: bullmq-cron-pattern-invalid
  await reports.upsertJobScheduler('hourly', { pattern: '0' }, { name: 'report' });
}

// A pattern kept in a constant is followed by semgrep's constant propagation only when it is a literal.
const WEEKLY = '0 9 * * 1';
// ok: bullmq-cron-pattern-invalid
export const weekly = () => reports.upsertJobScheduler('weekly', { pattern: WEEKLY }, { name: 'report' });

// Not a schedule: a validation pattern.
// ok: bullmq-cron-pattern-invalid
export const schema = { pattern: '^[a-z]+$', minLength: 3 };
