import { Queue, Worker, Job } from 'bullmq';

const connection = { host: 'redis.internal', port: 6379, maxRetriesPerRequest: null };
declare function encrypt(plain: string): string;
declare const kms: { encrypt(plain: string): Promise<string> };

interface Integration {
  id: string;
  apiKey: string;
  tenantId: string;
}

export const syncQueue = new Queue('crm-sync', { connection });

export async function scheduleSync(integration: Integration, user: { email: string; password: string }) {
  await syncQueue.add('sync', {
    integrationId: integration.id,
    // ruleid: bullmq-secret-in-job-data
    apiKey: integration.apiKey,
  });

  // ruleid: bullmq-secret-in-job-data
  await syncQueue.add('welcome', { email: user.email, password: user.password });

  const accessToken = 'from-oauth-callback';
  // ruleid: bullmq-secret-in-job-data
  await syncQueue.add('import', { tenantId: integration.tenantId, auth: { accessToken } });

  // ruleid: bullmq-secret-in-job-data
  await syncQueue.add('call', { url: 'https://crm.example.com', headers: { Authorization: `Bearer ${accessToken}` } });

  // ok: bullmq-secret-in-job-data
  await syncQueue.add('sync', { integrationId: integration.id, tenantId: integration.tenantId });

  // ok: bullmq-secret-in-job-data
  await syncQueue.add('sync', { integrationId: integration.id, apiKey: encrypt(integration.apiKey) });

  // ok: bullmq-secret-in-job-data
  await syncQueue.add('sync', { integrationId: integration.id, apiKey: await kms.encrypt(integration.apiKey) });

  // A count of LLM tokens and a secret's name are not secrets.
  // ok: bullmq-secret-in-job-data
  await syncQueue.add('summarize', { maxTokens: 1024, secretName: 'crm/api-key', hasPassword: true });
}

export async function scheduleBatch(integrations: Integration[]) {
  await syncQueue.addBulk(
    integrations.map((integration) => ({
      name: 'sync',
      // ruleid: bullmq-secret-in-job-data
      data: { integrationId: integration.id, apiKey: integration.apiKey },
    })),
  );
}

export const syncWorker = new Worker(
  'crm-sync',
  async (job: Job<{ integrationId: string; refreshToken?: string }>) => {
    const refreshToken = 'rotated';
    // ruleid: bullmq-secret-in-job-data
    await job.updateData({ ...job.data, refreshToken });
  },
  { connection },
);

// Outside a job: an API client's own config is not job data.
export const client = {
  // ok: bullmq-secret-in-job-data
  apiKey: process.env.CRM_API_KEY,
};

export async function fromVariable(integration: Integration) {
  // todoruleid: bullmq-secret-in-job-data
  const payload = { integrationId: integration.id, apiKey: integration.apiKey };
  await syncQueue.add('sync', payload);
}
