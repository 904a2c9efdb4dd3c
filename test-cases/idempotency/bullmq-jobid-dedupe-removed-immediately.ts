import { Queue } from 'bullmq';

const connection = { host: 'redis.internal', port: 6379 };

interface PaymentEvent {
  paymentId: string;
  amount: number;
}

export const payments = new Queue<PaymentEvent>('payments', { connection });

export const receipts = new Queue('receipts', {
  connection,
  defaultJobOptions: { removeOnComplete: true, attempts: 3 },
});

export async function onPaymentWebhook(event: PaymentEvent) {
  await payments.add('capture', event, {
    // ruleid: bullmq-jobid-dedupe-removed-immediately
    jobId: `payment-${event.paymentId}`,
    removeOnComplete: true,
  });

  // ruleid: bullmq-jobid-dedupe-removed-immediately
  await payments.add('capture', event, { removeOnComplete: 0, jobId: `payment-${event.paymentId}` });

  // ok: bullmq-jobid-dedupe-removed-immediately
  await payments.add('capture', event, { jobId: `payment-${event.paymentId}`, removeOnComplete: { age: 24 * 3600 } });

  // ok: bullmq-jobid-dedupe-removed-immediately
  await payments.add('capture', event, { removeOnComplete: true });

  // ok: bullmq-jobid-dedupe-removed-immediately
  await payments.add('capture', event, { deduplication: { id: event.paymentId }, removeOnComplete: true });
}

export async function sendReceipt(paymentId: string) {
  // The queue's defaults remove completed jobs at once.
  // ruleid: bullmq-jobid-dedupe-removed-immediately
  await receipts.add('email', { paymentId }, { jobId: `receipt-${paymentId}` });

  // The job's own option wins over the default.
  // ok: bullmq-jobid-dedupe-removed-immediately
  await receipts.add('email', { paymentId }, { jobId: `receipt-${paymentId}`, removeOnComplete: { age: 3600 } });
}

export async function captureMany(events: PaymentEvent[]) {
  await payments.addBulk(
    events.map((event) => ({
      name: 'capture',
      data: event,
      // ruleid: bullmq-jobid-dedupe-removed-immediately
      opts: { jobId: `payment-${event.paymentId}`, removeOnComplete: true },
    })),
  );
}

// A delayed job's id keeps one pending run per key (here a clean-up a day later that the app can
// cancel by id): removal on completion does not defeat that.
export async function scheduleRefundCheck(event: PaymentEvent) {
  const { paymentId } = event;
  await payments.add(
    'refund-check',
    event,
    {
      // ok: bullmq-jobid-dedupe-removed-immediately
      jobId: `refund-check-${paymentId}`,
      delay: 24 * 60 * 60 * 1000,
      removeOnComplete: true,
      removeOnFail: true,
    },
  );
  await payments.addBulk([
    // ok: bullmq-jobid-dedupe-removed-immediately
    { name: 'refund-check', data: event, opts: { jobId: `refund-bulk-${paymentId}`, delay: 60_000, removeOnComplete: true } },
  ]);
  // ok: bullmq-jobid-dedupe-removed-immediately
  await receipts.add('email', { paymentId }, { jobId: `receipt-later-${paymentId}`, delay: 3_600_000 });
}
