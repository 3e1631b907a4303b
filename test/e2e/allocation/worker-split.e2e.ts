import { INestApplicationContext } from '@nestjs/common';
import { createTestApp, TestApp } from '../../support/test-app';
import { startWorkerApp } from '../notifications/support/notifications';
import { allocatingFair, as, waitForRun } from './support/allocation';

describe('allocation runs on the worker when the api does not run workers', () => {
  let t: TestApp;
  let worker: INestApplicationContext | undefined;

  beforeAll(async () => {
    t = await createTestApp({ RUN_WORKERS: 'false' });
  });
  afterAll(async () => {
    await worker?.close();
    await t.close();
  });

  it('queues the run in the api and computes it in apps/worker', async () => {
    const fair = await allocatingFair(t, [
      { name: 'HTX Mây tre đan Phú Vinh', size: 2, zones: ['may-tre-dan'], priority: 5 },
    ]);
    const org = as(t, fair.organiser);
    const started = await org.post(`/api/v1/fairs/${fair.id}/allocation/runs`, {}).expect(202);
    expect(started.body).toMatchObject({ status: 'queued', progress: 0, current: false });
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const waiting = await org
      .get(`/api/v1/fairs/${fair.id}/allocation/runs/${started.body.id}`)
      .expect(200);
    expect(waiting.body.status).toBe('queued');
    const early = await org
      .get(`/api/v1/fairs/${fair.id}/allocation/runs/${started.body.id}/draft`)
      .expect(409);
    expect(early.body.code).toBe('run_not_ready');

    worker = await startWorkerApp(t);
    const done = await waitForRun(t, fair.organiser, fair.id, started.body.id);
    expect(done).toMatchObject({ status: 'done', progress: 100, summary: { assigned: 1 } });
  });
});
