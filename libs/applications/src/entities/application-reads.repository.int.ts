import { createTestModule, TestModule } from '@hoicho/testing/test-module';
import { ApplicationsModule } from '../applications.module';
import { ApplicationReadsRepository } from './application-reads.repository';

describe('ApplicationReadsRepository (on the real schema)', () => {
  let m: TestModule;
  let reader: ApplicationReadsRepository;
  let fairId: string;
  const applications: Record<string, { id: string; producerId: string }> = {};
  beforeAll(async () => {
    m = await createTestModule([ApplicationsModule]);
    reader = m.get(ApplicationReadsRepository);
    const [body] = await m.dataSource.query(
      `INSERT INTO organising_bodies (code, name_vi) VALUES ('so-ct', 'Sở Công Thương') RETURNING id`,
    );
    const [user] = await m.dataSource.query(
      `INSERT INTO users (email, password_hash, full_name, role, organising_body_id)
       VALUES ('tc@example.vn', 'x', 'Tổ chức', 'organiser', $1) RETURNING id`,
      [body.id],
    );
    const [fair] = await m.dataSource.query(
      `INSERT INTO fairs (organising_body_id, name_vi, venue_name, venue_address,
          applications_open_at, applications_close_at, status, created_by)
       VALUES ($1, 'Hội chợ', 'Cung', 'Hà Nội', now(), now() + interval '1 day', 'open', $2) RETURNING id`,
      [body.id, user.id],
    );
    fairId = fair.id;
    const statuses = ['approved', 'approved', 'submitted', 'waitlisted', 'draft', 'withdrawn'];
    const names = ['Đặng Gốm', 'Ánh Mây', 'An Lụa', 'Bảo Tre', 'Nháp', 'Đã rút'];
    for (const [i, status] of statuses.entries()) {
      const [producer] = await m.dataSource.query(
        `INSERT INTO producers (legal_name_vi) VALUES ($1) RETURNING id`,
        [`Cơ sở ${i}`],
      );
      const [application] = await m.dataSource.query(
        `INSERT INTO applications (fair_id, producer_id, reference, status, booths_wanted,
            booth_type_ids, producer_name, created_by, submitted_by, submitted_at, decided_at,
            withdrawn_at)
         VALUES ($1, $2, $3, $4, 1, ARRAY[gen_random_uuid()], $6, $5,
            CASE WHEN $4 <> 'draft' THEN $5::uuid END, CASE WHEN $4 <> 'draft' THEN now() END,
            CASE WHEN $4 IN ('approved', 'waitlisted') THEN now() END,
            CASE WHEN $4 = 'withdrawn' THEN now() END)
         RETURNING id`,
        [fairId, producer.id, `HC-00000000A${i}`, status, user.id, names[i]],
      );
      applications[`${status}-${i}`] = { id: application.id, producerId: producer.id };
    }
  });
  afterAll(() => m.close());

  it('approvedProducerIds names the producers whose application is approved', async () => {
    expect((await reader.approvedProducerIds(fairId)).sort()).toEqual(
      [applications['approved-0'].producerId, applications['approved-1'].producerId].sort(),
    );
  });

  it("producersOf maps the fair's applications asked for to their producers, whatever their state", async () => {
    const waitlisted = applications['waitlisted-3'];
    expect(await reader.producersOf(fairId, [waitlisted.id])).toEqual([
      { applicationId: waitlisted.id, producerId: waitlisted.producerId },
    ]);
    expect(await reader.producersOf(fairId, [])).toEqual([]);
    expect(await reader.producersOf(waitlisted.producerId, [waitlisted.id])).toEqual([]);
  });

  it('liveApplicantNames lists the live applicants but the caller, by name in Vietnamese order', async () => {
    const me = applications['approved-0'];
    expect(await reader.liveApplicantNames(fairId, me.producerId)).toEqual([
      { producerId: applications['submitted-2'].producerId, name: 'An Lụa' },
      { producerId: applications['approved-1'].producerId, name: 'Ánh Mây' },
      { producerId: applications['waitlisted-3'].producerId, name: 'Bảo Tre' },
    ]);
  });

  it('reviewCounts counts the submitted applications waiting and the staged decisions, per fair', async () => {
    const staged = applications['submitted-2'];
    await m.dataSource.query(
      `UPDATE applications SET pending_decision = 'approved' WHERE id = $1`,
      [staged.id],
    );
    expect(await reader.reviewCounts([fairId, staged.producerId])).toEqual([
      { fairId, waiting: 0, staged: 1 },
    ]);
    await m.dataSource.query(`UPDATE applications SET pending_decision = NULL WHERE id = $1`, [
      staged.id,
    ]);
    expect(await reader.reviewCounts([fairId])).toEqual([{ fairId, waiting: 1, staged: 0 }]);
    expect(await reader.reviewCounts([])).toEqual([]);
  });
});
