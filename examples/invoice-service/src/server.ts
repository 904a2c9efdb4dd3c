import express from 'express';
import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import { billScanQueue, invoiceQueue, requestInvoice } from './queues';

const app = express();
app.use(express.json());

const serverAdapter = new ExpressAdapter();
serverAdapter.setBasePath('/admin/queues');
createBullBoard({
  queues: [new BullMQAdapter(billScanQueue), new BullMQAdapter(invoiceQueue)],
  serverAdapter,
});
app.use('/admin/queues', serverAdapter.getRouter());

app.post('/invoices/:id/render', async (req, res) => {
  const job = await requestInvoice(String(req.headers['x-tenant-id']), req.params.id);
  res.status(202).json({ jobId: job.id });
});

app.listen(3000);
