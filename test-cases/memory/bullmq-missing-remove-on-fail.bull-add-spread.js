// A whole-file case: Bull's add(data, opts) whose options spread the job's own definition.
const Bull = require('bull');

/** @typedef {{ key: string, options: import('bull').JobOptions }} MailDefinition */

// quiet: bullmq-missing-remove-on-fail
const signupMail = new Bull('signup-mail', { redis: { host: 'redis.internal' } });

// quiet: bullmq-missing-remove-on-fail
const digestMail = new Bull('digest-mail', 'redis://redis.internal:6379');

/**
 * @param {MailDefinition} definition
 * @param {{ email: string }} payload
 */
async function sendSignupMail(definition, payload) {
  await signupMail.add(payload, { ...definition.options });
}

/** @param {{ email: string }} payload */
async function sendDigest(payload) {
  await digestMail.add('digest', payload, { attempts: 2 });
}

module.exports = { sendSignupMail, sendDigest };
