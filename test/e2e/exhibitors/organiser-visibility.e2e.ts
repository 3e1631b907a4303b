import { Role } from '@hoicho/platform';
import { createBody, createTestApp, createUser, SignedIn, TestApp } from '../../support/test-app';
import {
  applyAndSubmit,
  as,
  createOpenFair,
  createProducerMember,
} from '../applications/support/applications';

describe('a producer’s private profile is for the bodies it applied to', () => {
  let t: TestApp;
  let member: SignedIn & { producerId: string };
  let ours: SignedIn;
  let theirs: SignedIn;
  let ourBody: string;
  const profile = (who: SignedIn) => as(t, who).get(`/api/v1/producers/${member.producerId}`);
  const members = (who: SignedIn) =>
    as(t, who).get(`/api/v1/producers/${member.producerId}/members`);

  beforeAll(async () => {
    t = await createTestApp();
    ourBody = await createBody(t);
    ours = await createUser(t, Role.Organiser, { organisingBodyId: ourBody });
    theirs = await createUser(t, Role.Organiser, { organisingBodyId: await createBody(t) });
    member = await createProducerMember(t, 'HTX Gốm Bát Tràng');
    await as(t, member)
      .patch(`/api/v1/producers/${member.producerId}`, {
        legalForm: 'cooperative',
        taxCode: '0100233488',
        contacts: [{ name: 'Chị Lan', phone: '0912 345 678', email: 'lan@battrang.vn' }],
      })
      .expect(200);
  });
  afterAll(() => t.close());

  it('an organiser of a body it never applied to sees the public profile only, and no members', async () => {
    const seen = await profile(theirs).expect(200);
    expect(seen.body).toMatchObject({
      id: member.producerId,
      legalNameVi: 'HTX Gốm Bát Tràng',
      visibility: 'public',
      taxCode: null,
      address: null,
      contacts: [],
    });
    expect(JSON.stringify(seen.body)).not.toContain('lan@battrang.vn');
    await members(theirs).expect(404);
  });

  it('applying to one of a body’s fairs shows that body everything, and no other', async () => {
    await profile(ours)
      .expect(200)
      .expect((r) => expect(r.body.visibility).toBe('public'));
    const fair = await createOpenFair(t, ours, ourBody);
    await applyAndSubmit(t, member, fair.id);

    const seen = await profile(ours).expect(200);
    expect(seen.body).toMatchObject({ visibility: 'full', taxCode: '0100233488' });
    expect(seen.body.contacts).toEqual([expect.objectContaining({ email: 'lan@battrang.vn' })]);
    const list = await members(ours).expect(200);
    expect(list.body.map((m: { email: string }) => m.email)).toEqual([member.email]);

    await profile(theirs)
      .expect(200)
      .expect((r) => expect(r.body.taxCode).toBeNull());
    await members(theirs).expect(404);
  });

  it('the producer itself and admins always see everything', async () => {
    const admin = await createUser(t, Role.Admin);
    for (const who of [member, admin]) {
      await profile(who)
        .expect(200)
        .expect((r) => expect(r.body).toMatchObject({ visibility: 'full', taxCode: '0100233488' }));
    }
  });
});
