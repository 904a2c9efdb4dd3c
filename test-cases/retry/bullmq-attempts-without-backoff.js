// Bull (v3/v4): a default import through require().
const Bull = require('bull');

const pdfQueue = new Bull('pdf', process.env.REDIS_URL, {
  // ruleid: bullmq-attempts-without-backoff
  defaultJobOptions: { attempts: 3 },
});

/** @param {string} docId */
async function renderPdf(docId) {
  // ok: bullmq-attempts-without-backoff
  await pdfQueue.add({ docId }, { attempts: 3, backoff: 5000 });
}

module.exports = { renderPdf };
