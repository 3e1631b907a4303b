import { FairEditorService } from '@hoicho/fairs';
import { fairFixture, FairFixture, producerMemberFixture } from '@hoicho/testing/fair-fixtures';
import { createTestModule, TestModule } from '@hoicho/testing/test-module';
import { ApplicationsModule } from '../applications.module';
import { ApplicationEventRepository } from '../entities/application-event.repository';
import { ApplicationSubmissionService } from './application-submission.service';
import { DraftApplicationsService } from './draft-applications.service';

describe('ApplicationSubmissionService (the middle tier: services on the real schema)', () => {
  let m: TestModule;
  let fair: FairFixture;
  const draft = async (name: string) => {
    const member = await producerMemberFixture(m.dataSource, name);
    const app = await m.get(DraftApplicationsService).create(member, fair.id, {
      boothsWanted: 1,
      boothTypes: ['tieu-chuan'],
      zones: ['gom-su'],
    });
    return { member, id: app.id };
  };

  beforeAll(async () => {
    m = await createTestModule([ApplicationsModule]);
    fair = await fairFixture(m);
  });
  afterAll(() => m.close());

  it('submits a draft once: a second submission is the machine’s 409, nothing written twice', async () => {
    const { member, id } = await draft('Cơ sở gốm Bát Tràng');
    const submissions = m.get(ApplicationSubmissionService);
    expect(await submissions.submit(member, id)).toMatchObject({
      status: 'submitted',
      allowedActions: ['withdraw'],
    });
    await expect(submissions.submit(member, id)).rejects.toMatchObject({
      code: 'application_transition',
      details: { status: 'submitted', event: 'submit' },
    });
    const events = await m.get(ApplicationEventRepository).history(fair.id, id);
    expect(events.map((e) => e.event)).toEqual(['create', 'submit']);
  });

  it('refuses a draft once the window closed, but names a forbidden step first', async () => {
    const late = await draft('Cơ sở mây tre muộn');
    const done = await draft('Cơ sở đã nộp');
    await m.get(ApplicationSubmissionService).submit(done.member, done.id);
    await m.get(FairEditorService).update(fair.organiser, fair.id, {
      applicationsCloseAt: new Date(Date.now() - 60_000).toISOString(),
    });
    const submissions = m.get(ApplicationSubmissionService);
    await expect(submissions.submit(late.member, late.id)).rejects.toMatchObject({
      code: 'applications_closed',
    });
    await expect(submissions.submit(done.member, done.id)).rejects.toMatchObject({
      code: 'application_transition',
    });
    // Someone else's application does not exist for the caller.
    await expect(submissions.submit(late.member, done.id)).rejects.toMatchObject({
      code: 'not_found',
    });
  });
});
