import request from 'supertest';
import { visitorCsv } from '../support/campaign-fixtures';
import { poll } from '../support/poll';
import type { CampaignWorld } from './campaign-world';

/** N visitors through the import (streamed, batches of 1,000 upserts), timed and printed. */
export async function importVisitors(world: CampaignWorld, n: number): Promise<void> {
  const { http, auth, bodyId } = world;
  const csv = visitorCsv(n);
  const rssBefore = process.memoryUsage().rss;
  const heapBefore = process.memoryUsage().heapUsed;
  let rssPeak = rssBefore;
  let heapPeak = heapBefore;
  const sampler = setInterval(() => {
    const usage = process.memoryUsage();
    rssPeak = Math.max(rssPeak, usage.rss);
    heapPeak = Math.max(heapPeak, usage.heapUsed);
  }, 50);
  const started = Date.now();
  const upload = await request(http)
    .post(`/api/v1/organising-bodies/${bodyId}/visitor-imports?start=true&filename=visitors.csv`)
    .set(auth)
    .set('Content-Type', 'text/csv')
    .send(csv)
    .expect(201);
  const imported = await poll(
    'the import',
    async () => {
      const view = await request(http)
        .get(`/api/v1/visitor-imports/${upload.body.id}`)
        .set(auth)
        .expect(200);
      return ['completed', 'failed'].includes(view.body.status) ? view.body : undefined;
    },
    600_000,
  );
  clearInterval(sampler);
  const ms = Date.now() - started;
  process.stdout.write(
    `  import of ${n} visitors (${(csv.length / 1e6).toFixed(1)} MB CSV): ${(ms / 1000).toFixed(2)} s = ${Math.round(n / (ms / 1000))} rows/s, ${JSON.stringify(imported.counts)}, peak RSS +${Math.round((rssPeak - rssBefore) / 1e6)} MB, peak heap +${Math.round((heapPeak - heapBefore) / 1e6)} MB (of the api process, which ran the import)\n`,
  );
}
