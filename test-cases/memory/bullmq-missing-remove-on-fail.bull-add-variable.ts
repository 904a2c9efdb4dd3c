// A whole-file case: Bull's add(data, opts) with options computed by a helper.
import Bull from 'bull';

declare function optionsFor(kind: 'sms' | 'push'): Bull.JobOptions;

// quiet: bullmq-missing-remove-on-fail
export const smsOut = new Bull('sms-outbound', 'redis://redis.internal:6379');

// quiet: bullmq-missing-remove-on-fail
export const pushOut = new Bull('push-outbound', { defaultJobOptions: { attempts: 5, backoff: 2000 } });

export async function sendSms(to: string, text: string) {
  const opts = optionsFor('sms');
  await smsOut.add({ to, text }, opts);
}

export async function sendPush(token: string) {
  await pushOut.add({ token }, optionsFor('push'));
}
