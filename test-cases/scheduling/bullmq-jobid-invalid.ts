import { Queue as BQ, FlowProducer } from 'bullmq';
import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';

const connection = { host: 'redis.internal', port: 6379 };

interface ShipmentData {
  orderId: string;
  tenantId: string;
}

export const shipments = new BQ<ShipmentData>('shipments', { connection });
export const flows = new FlowProducer({ connection });

export async function enqueueShipment(orderId: string, tenantId: string, attempt: number) {
  // ruleid: bullmq-jobid-invalid
  await shipments.add('ship', { orderId, tenantId }, { jobId: '1042' });

  // ruleid: bullmq-jobid-invalid
  await shipments.add('ship', { orderId, tenantId }, { jobId: `order:${orderId}` });

  // ruleid: bullmq-jobid-invalid
  await shipments.add('ship', { orderId, tenantId }, { jobId: 'shipment:' + orderId });

  // ruleid: bullmq-jobid-invalid
  await shipments.add('ship', { orderId, tenantId }, { jobId: `${tenantId}:order:${orderId}:try:${attempt}` });

  // ruleid: bullmq-jobid-invalid
  await shipments.add('ship', { orderId, tenantId }, { jobId: '0' });

  // Three parts are still accepted (kept for old repeatable-job ids).
  // ok: bullmq-jobid-invalid
  await shipments.add('ship', { orderId, tenantId }, { jobId: `${tenantId}:order:${orderId}` });

  // ok: bullmq-jobid-invalid
  await shipments.add('ship', { orderId, tenantId }, { jobId: `order-${orderId}` });

  // A leading zero: parseInt('007') is 7, so this is not "an integer".
  // ok: bullmq-jobid-invalid
  await shipments.add('ship', { orderId, tenantId }, { jobId: '007' });

  // The colon sits inside the interpolation, not in the id's text: not judged.
  // ok: bullmq-jobid-invalid
  await shipments.add('ship', { orderId, tenantId }, { jobId: `order-${attempt > 1 ? 'retry' : 'first'}` });

  // A field named jobId in the job's data is not the option.
  // ok: bullmq-jobid-invalid
  await shipments.add('audit', { orderId, tenantId, jobId: '42' } as ShipmentData);
}

export async function enqueueMany(orderIds: string[], tenantId: string) {
  await shipments.addBulk(
    orderIds.map((orderId) => ({
      name: 'ship',
      data: { orderId, tenantId },
      // ruleid: bullmq-jobid-invalid
      opts: { jobId: `ship:${orderId}` },
    })),
  );
}

export async function enqueueFromVariable(orderId: string) {
  // todoruleid: bullmq-jobid-invalid
  const id = `order:${orderId}`;
  await shipments.add('ship', { orderId, tenantId: 't1' }, { jobId: id });
}

export async function enqueueNumeric() {
  // @ts-expect-error jobId must be a string; a number makes add() throw
  // ruleid: bullmq-jobid-invalid
  await shipments.add('ship', { orderId: 'o1', tenantId: 't1' }, { jobId: 1042 });
}

export async function enqueueFlow(orderId: string) {
  // ok: bullmq-jobid-invalid
  await flows.add({ name: 'invoice', queueName: 'invoices', data: { orderId }, opts: { jobId: `invoice-${orderId}` } });
}

@Module({
  imports: [BullModule.registerQueue({ name: 'labels' })],
})
export class LabelsModule {}
