import { Worker, Job, UnrecoverableError } from 'bullmq';
import { Processor, WorkerHost } from '@nestjs/bullmq';

const connection = { host: process.env.REDIS_HOST, port: 6379, maxRetriesPerRequest: null };

interface ChargeData {
  tenantId: string;
  invoiceId: string;
  amountCents: number;
}

declare function chargeCard(data: ChargeData): Promise<{ ok: boolean; declineCode?: string }>;

export const chargeWorker = new Worker<ChargeData>(
  'charges',
  async (job) => {
    if (job.data.amountCents <= 0) {
      // ruleid: bullmq-throw-non-error
      throw 'amount must be positive';
    }
    const result = await chargeCard(job.data);
    if (!result.ok) {
      // ruleid: bullmq-throw-non-error
      throw { code: result.declineCode, invoiceId: job.data.invoiceId };
    }
    if (result.declineCode === 'expired_card') {
      // ok: bullmq-throw-non-error
      throw new UnrecoverableError(`card expired for invoice ${job.data.invoiceId}`);
    }
    return result;
  },
  { connection },
);

export async function syncLedger(job: Job<ChargeData>): Promise<void> {
  try {
    await chargeCard(job.data);
  } catch (err) {
    // ruleid: bullmq-throw-non-error
    throw (err as Error).message;
  }
  if (!job.data.tenantId) {
    // ruleid: bullmq-throw-non-error
    return Promise.reject(`ledger sync without tenant for job ${job.id}`);
  }
}

@Processor('refunds')
export class RefundProcessor extends WorkerHost {
  async process(job: Job<ChargeData>): Promise<void> {
    if (!job.data.invoiceId) {
      // ruleid: bullmq-throw-non-error
      throw `refund job ${job.id} has no invoice`;
    }
    try {
      await chargeCard(job.data);
    } catch (err) {
      // ok: bullmq-throw-non-error
      throw err;
    }
  }
}

// Outside any processor: request validation answers with its own error shape.
export function validateChargeRequest(body: Partial<ChargeData>): ChargeData {
  if (!body.invoiceId) {
    // ok: bullmq-throw-non-error
    throw { status: 400, message: 'invoiceId is required' };
  }
  return body as ChargeData;
}

export const auditWorker = new Worker('audit', async (job) => {
  if (!job.data) {
    // ok: bullmq-throw-non-error
    throw new Error(`audit job ${job.id} has no data`);
  }
  // ok: bullmq-throw-non-error
  return Promise.reject(new Error('audit sink unavailable'));
}, { connection });
