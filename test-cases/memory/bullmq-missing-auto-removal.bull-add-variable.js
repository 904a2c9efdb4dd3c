// A whole-file case: Bull's add(data, opts) with the options in a variable.
const Queue = require('bull');

// quiet: bullmq-missing-auto-removal
const invoices = new Queue('invoice-pdf', 'redis://redis.internal:6379');

// quiet: bullmq-missing-auto-removal
const credits = new Queue('credit-notes', { redis: { port: 6379 }, defaultJobOptions: { attempts: 2 } });

/**
 * @param {{ invoiceId: string }} data
 * @param {import('bull').JobOptions} jobOptions options chosen by the caller
 */
function renderInvoice(data, jobOptions) {
  return invoices.add(data, jobOptions);
}

/** @param {{ noteId: string }} data */
function renderCreditNote(data) {
  return credits.add('render', data);
}

module.exports = { renderInvoice, renderCreditNote };
