// A whole-file case: Bull's add(data, opts) with the options spread from a job definition.
import Bull from 'bull';

interface MailDefinition {
  queueName: string;
  options: Bull.JobOptions;
}
declare const mailDefinitions: Record<'welcome' | 'reset', MailDefinition>;

// quiet: bullmq-missing-auto-removal
export const welcomeMail = new Bull('welcome-mail', 'redis://redis.internal:6379');

// quiet: bullmq-missing-auto-removal
export const resetMail = new Bull('reset-mail', { redis: { host: 'redis.internal' }, defaultJobOptions: { attempts: 4 } });

export function sendWelcome(payload: { email: string; name: string }) {
  return welcomeMail.add(payload, { ...mailDefinitions.welcome.options, priority: 2 });
}

export function sendReset(payload: { email: string }) {
  return resetMail.add(payload);
}
