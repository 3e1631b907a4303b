import request from 'supertest';
import { bearer, createTestApp, TestApp } from '../../support/test-app';
import {
  addVisitor,
  answer,
  Body,
  createCampaign,
  mailsTo,
  qrOf,
  received,
  rsvpLink,
  sendCampaign,
  setUpBody,
  sleep,
  waitUntil,
} from './support/invitations';

const isReminder = (subject: string) =>
  subject.startsWith('Nhắc lại') || subject.startsWith('Reminder');

describe('reminders to selected answer states, and unsubscribes', () => {
  let t: TestApp;
  let body: Body;

  beforeAll(async () => {
    t = await createTestApp({ RATE_LIMIT_PUBLIC_PER_MINUTE: '1000' });
    body = await setUpBody(t);
  });
  afterAll(() => t.close());

  async function remind(campaignId: string, audience: string) {
    const created = await request(t.http)
      .post(`/api/v1/campaigns/${campaignId}/reminders`)
      .set(bearer(body.organiser.token))
      .send({ audience })
      .expect(202);
    return waitUntil(`the ${audience} reminder`, async () => {
      const list = await request(t.http)
        .get(`/api/v1/campaigns/${campaignId}/reminders`)
        .set(bearer(body.organiser.token))
        .expect(200);
      const reminder = list.body.find((r: { id: string }) => r.id === created.body.id);
      return reminder.status === 'sent' && reminder;
    });
  }

  it('reminds only the invitations in the chosen state', async () => {
    const token = body.organiser.token;
    const people = {
      pending: 'cho.tra.loi@example.vn',
      opened: 'da.mo@example.vn',
      accepted: 'nhan.loi@example.vn',
      declined: 'tu.choi@example.vn',
    };
    for (const [label, email] of Object.entries(people)) {
      await addVisitor(t, token, body.id, { name: `Khách ${label}`, email, tags: ['đợt 2'] });
    }
    const campaignId = await createCampaign(t, token, body.id, {
      fairId: body.fairId,
      name: 'Đợt 2',
      audience: { tags: ['Đợt 2'] },
    });
    await sendCampaign(t, token, campaignId);
    const links = Object.fromEntries(
      await Promise.all(
        Object.entries(people).map(async ([label, email]) => {
          const [mail] = await mailsTo(t, email, 1);
          return [label, rsvpLink(mail).token] as const;
        }),
      ),
    );
    await request(t.http).get(`/api/v1/invitations/${links.opened}`).expect(200);
    await answer(t, links.accepted, { answer: 'accept' }).expect(200);
    await answer(t, links.declined, { answer: 'decline' }).expect(200);
    const ticketMail = await mailsTo(t, people.accepted, 2); // invitation + ticket

    const unanswered = await remind(campaignId, 'unanswered');
    expect(unanswered).toMatchObject({ sent: 2, suppressed: 0 });
    const [toPending] = await mailsTo(t, people.pending, 1, (m) => isReminder(m.subject));
    await mailsTo(t, people.opened, 1, (m) => isReminder(m.subject));
    // The reminder carries the same personal link as the invitation.
    expect(rsvpLink(toPending).token).toBe(links.pending);

    const notOpened = await remind(campaignId, 'not_opened');
    expect(notOpened).toMatchObject({ sent: 1 });
    await mailsTo(t, people.pending, 2, (m) => isReminder(m.subject));

    const accepted = await remind(campaignId, 'accepted');
    expect(accepted).toMatchObject({ sent: 1 });
    const [toAccepted] = await mailsTo(t, people.accepted, 1, (m) => isReminder(m.subject));
    // An accepted invitation's reminder carries its ticket.
    expect(qrOf(toAccepted)).toBe(qrOf(ticketMail.find((m) => m.subject.startsWith('Vé'))!));

    await sleep(1500);
    const reminders = (email: string) => received(t, email).filter((m) => isReminder(m.subject));
    expect(reminders(people.pending)).toHaveLength(2);
    expect(reminders(people.opened)).toHaveLength(1);
    expect(reminders(people.accepted)).toHaveLength(1);
    expect(reminders(people.declined)).toHaveLength(0);
  });

  it('excludes an address unsubscribed with one click from the next campaign and from reminders, and counts it', async () => {
    const token = body.organiser.token;
    const stays = 'o.lai@example.vn';
    const leaves = 'huy.dang.ky@example.vn';
    for (const email of [stays, leaves]) {
      await addVisitor(t, token, body.id, { name: 'Khách', email, segment: 'press' });
    }
    const first = await createCampaign(t, token, body.id, {
      fairId: body.fairId,
      name: 'Báo chí 1',
      audience: { segments: ['press'] },
    });
    await sendCampaign(t, token, first);
    const [mail] = await mailsTo(t, leaves, 1);

    // What a mail client does with List-Unsubscribe-Post: a POST to the URL, no login.
    const url = new URL(mail.headers['list-unsubscribe'].slice(1, -1));
    expect(mail.headers['list-unsubscribe-post']).toBe('List-Unsubscribe=One-Click');
    await request(t.http)
      .post(`${url.pathname}${url.search}`)
      .type('form')
      .send('List-Unsubscribe=One-Click')
      .expect(200);

    const second = await createCampaign(t, token, body.id, {
      fairId: body.fairId,
      name: 'Báo chí 2',
      audience: { segments: ['press'] },
    });
    const sent = await sendCampaign(t, token, second);
    expect(sent).toMatchObject({ invited: 1, suppressed: 1 });
    // Neither answered the first campaign: its reminder goes to the one still subscribed.
    const reminder = await remind(first, 'unanswered');
    expect(reminder).toMatchObject({ sent: 1, suppressed: 1 });
    await mailsTo(t, stays, 3);
    await sleep(1500);
    expect(received(t, leaves)).toHaveLength(1);
    const progress = await request(t.http)
      .get(`/api/v1/campaigns/${second}/progress`)
      .set(bearer(token))
      .expect(200);
    expect(progress.body).toMatchObject({
      invited: 1,
      skippedSuppressed: 1,
      mail: { sent: 1, total: 1 },
    });
  });
});
