// The legacy `bull-board` package (v1-v3), CommonJS.
const Queue = require('bull');
const { createBullBoard } = require('bull-board');
const { BullAdapter } = require('bull-board/bullAdapter');

const mailQueue = new Queue('mail', process.env.REDIS_URL);
const smsQueue = new Queue('sms', process.env.REDIS_URL);

const { router } = createBullBoard([
  // ruleid: bull-board-not-readonly
  new BullAdapter(mailQueue),
  // ok: bull-board-not-readonly
  new BullAdapter(smsQueue, { readOnlyMode: true }),
]);

module.exports = { router };
