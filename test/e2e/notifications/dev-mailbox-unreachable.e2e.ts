import request from 'supertest';
import { Role } from '@hoicho/platform';
import { bearer, createBody, createTestApp, createUser, TestApp } from '../../support/test-app';
import {
  receivedCount,
  record,
  uniqueEmail,
  verifyEmail,
  waitSettled,
} from './support/notifications';

describe('dev mailbox: an address marked unreachable is refused until it is accepted again', () => {
  let t: TestApp;
  afterAll(() => t?.close());

  it('fails the message with the 550 answer, then the re-send from the log is delivered', async () => {
    t = await createTestApp();
    const bodyId = await createBody(t);
    const organiser = await createUser(t, Role.Organiser, { organisingBodyId: bodyId });
    const address = uniqueEmail('gone');

    await request(t.http).put(`/dev/mailbox/unreachable/${address.toUpperCase()}`).expect(204);
    const [id] = await record(t, verifyEmail(address, { organisingBodyId: bodyId }));
    const [failed] = await waitSettled(t, [id]);
    expect(failed.status).toBe('failed');
    const log = await request(t.http)
      .get(`/api/v1/organising-bodies/${bodyId}/messages?recipient=${address}`)
      .set(bearer(organiser.token))
      .expect(200);
    expect(log.body.items[0].smtpResponse).toContain(`550 5.1.1 <${address}>`);
    expect(receivedCount(t.mailbox.list(), id)).toBe(0);

    await request(t.http).delete(`/dev/mailbox/unreachable/${address}`).expect(204);
    await request(t.http)
      .post(`/api/v1/organising-bodies/${bodyId}/messages/${id}/resend`)
      .set(bearer(organiser.token))
      .expect(200);
    const [sent] = await waitSettled(t, [id]);
    expect(sent.status).toBe('sent');
    expect(receivedCount(t.mailbox.list(), id)).toBe(1);
  });
});
