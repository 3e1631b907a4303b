import request from 'supertest';
import { createTestApp, TestApp } from '../../support/test-app';

describe('health and docs', () => {
  let t: TestApp;
  beforeAll(async () => (t = await createTestApp()));
  afterAll(() => t.close());

  it('reports PostgreSQL, Redis and SMTP as up', async () => {
    const response = await request(t.http).get('/health').expect(200);
    expect(response.body.status).toBe('ok');
    expect(response.body.checks.postgres.status).toBe('up');
    expect(response.body.checks.redis.status).toBe('up');
    expect(response.body.checks.smtp.status).toBe('up');
  });
});
