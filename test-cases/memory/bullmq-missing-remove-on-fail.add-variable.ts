// A whole-file case: add() options come from a policy helper the rule cannot read.
import { Queue } from 'bullmq';
import type { JobsOptions } from 'bullmq';

declare function retryPolicy(kind: 'payout' | 'refund'): JobsOptions;

// quiet: bullmq-missing-remove-on-fail
export const payouts = new Queue('payouts', { connection: { host: 'redis.internal' } });

// quiet: bullmq-missing-remove-on-fail
export const refunds = new Queue('refunds', { connection: { host: 'redis.internal' }, defaultJobOptions: { attempts: 8 } });

export async function requestPayout(accountId: string, cents: number) {
  await payouts.add('payout', { accountId, cents }, retryPolicy('payout'));
}

export async function requestRefund(chargeId: string) {
  await refunds.add('refund', { chargeId }, { attempts: 3 });
}
