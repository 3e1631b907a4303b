import { createTestModule, TestModule } from '@hoicho/testing/test-module';
import { TransactionRunner } from '@hoicho/platform';
import { UnknownTemplateError } from './mails/mail-template-registry';
import { NotificationsModule } from './notifications.module';
import { OutboxService } from './outbox/outbox.service';

describe('OutboxService with the mail registry (on the real schema)', () => {
  let m: TestModule;
  beforeAll(async () => {
    m = await createTestModule([NotificationsModule]);
  });
  afterAll(() => m.close());

  it('refuses to record a message whose template no library registered, recording nothing', async () => {
    const record = (template: 'invitation.letter' | 'campaign.generic') =>
      m.get(TransactionRunner).run((tx) =>
        m.get(OutboxService).record(tx, {
          to: 'lan@example.vn',
          locale: 'vi',
          dedupeKey: 'test:one-key',
          template,
          data: {
            fullName: 'Lan',
            bodyName: 'Sở Công Thương',
            subject: 'Tin hội chợ',
            message: 'Xin chào',
            actionUrl: null,
            actionLabel: null,
          } as never,
        }),
      );
    // Only NotificationsModule runs here: invitations did not register its letter.
    await expect(record('invitation.letter')).rejects.toThrow(
      new UnknownTemplateError('no mail template is registered as invitation.letter'),
    );
    // Nothing took the dedupe key: a registered template's message under it is recorded.
    expect(await record('campaign.generic')).toEqual(expect.any(String));
  });
});
