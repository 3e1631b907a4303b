import { ApplicationsService } from '@hoicho/applications';
import { Role } from '@hoicho/platform';
import { createBody, createTestApp, createUser, SignedIn, TestApp } from '../../support/test-app';
import {
  application,
  applyAndSubmit,
  as,
  createOpenFair,
  createProducerMember,
  dateIn,
  OpenFair,
} from './support/applications';

interface Item {
  id: string;
  reviewStatus: string;
  producer: { name: string; craftVillage: string | null; ocopStars: number };
  priority: { priority: number; score: number; overridden: boolean; overrideReason: string | null };
}

describe('review lists: filters, Vietnamese sort, priorities the organiser sets and overrides', () => {
  let t: TestApp;
  let organiser: SignedIn;
  let fair: OpenFair;
  const ids: Record<string, string> = {};
  const producers: Record<string, string> = {};
  const base = () => `/api/v1/fairs/${fair.id}/applications`;
  const names = (items: Item[]) => items.map((i) => i.producer.name);

  async function applicant(
    key: string,
    name: string,
    village: string | null,
    ocop: { stars: number; expiresOn: string } | null,
    wishes: Record<string, unknown> = {},
  ) {
    const member = await createProducerMember(t, name);
    producers[key] = member.producerId;
    const me = as(t, member);
    if (village) {
      const [{ id }] = await t.dataSource.query('SELECT id FROM craft_villages WHERE name = $1', [
        village,
      ]);
      await me
        .patch(`/api/v1/producers/${member.producerId}`, {
          craftVillageId: id,
          legalForm: 'cooperative',
        })
        .expect(200);
    }
    const productIds: string[] = [];
    if (ocop) {
      const product = await me
        .post(`/api/v1/producers/${member.producerId}/products`, {
          nameVi: `Sản phẩm của ${name}`,
          category: 'Thủ công mỹ nghệ',
          ocop,
        })
        .expect(201);
      productIds.push(product.body.id);
    }
    ids[key] = await applyAndSubmit(t, member, fair.id, application({ productIds, ...wishes }));
  }

  beforeAll(async () => {
    t = await createTestApp();
    const bodyId = await createBody(t);
    organiser = await createUser(t, Role.Organiser, { organisingBodyId: bodyId });
    fair = await createOpenFair(t, organiser, bodyId);
    await applicant('phuVinh', 'HTX Mây tre đan Phú Vinh', 'Phú Vinh', {
      stars: 4,
      expiresOn: dateIn(500),
    });
    await applicant('batTrang', 'Gốm Bát Tràng Minh Hải', 'Bát Tràng', null);
    // Its 3-star certificate runs out before the fair opens (in 40 days): it counts for nothing.
    await applicant('vanPhuc', 'Lụa Vạn Phúc Hà Đông', 'Vạn Phúc', {
      stars: 3,
      expiresOn: dateIn(10),
    });
    await applicant('noVillage', 'Công ty Thủ công Ánh Dương', null, null, {
      nearProducerIds: [] as string[],
    });
  });
  afterAll(() => t.close());

  it('filters by village ignoring diacritics, by craft, by OCOP and by status', async () => {
    const org = as(t, organiser);
    const all = await org.get(base()).expect(200);
    expect(all.body.total).toBe(4);
    expect(names(all.body.items)).toEqual([
      'HTX Mây tre đan Phú Vinh',
      'Gốm Bát Tràng Minh Hải',
      'Lụa Vạn Phúc Hà Đông',
      'Công ty Thủ công Ánh Dương',
    ]);
    const village = await org.get(`${base()}?village=phu%20vinh`).expect(200);
    expect(names(village.body.items)).toEqual(['HTX Mây tre đan Phú Vinh']);
    const accents = await org
      .get(`${base()}?village=${encodeURIComponent('BAT TRANG')}`)
      .expect(200);
    expect(names(accents.body.items)).toEqual(['Gốm Bát Tràng Minh Hải']);
    const craft = await org.get(`${base()}?craft=lua`).expect(200);
    expect(names(craft.body.items)).toEqual(['Lụa Vạn Phúc Hà Đông']);
    const ocop = await org.get(`${base()}?ocopMin=3`).expect(200);
    expect(names(ocop.body.items)).toEqual(['HTX Mây tre đan Phú Vinh']);
    expect(all.body.items[2].producer.ocopStars).toBe(0);

    await org.post(`${base()}/${ids.batTrang}/decision`, { decision: 'approved' }).expect(200);
    const approved = await org.get(`${base()}?status=approved`).expect(200);
    expect(names(approved.body.items)).toEqual(['Gốm Bát Tràng Minh Hải']);
    const submitted = await org.get(`${base()}?status=submitted&pending=false`).expect(200);
    expect(submitted.body.total).toBe(3);

    const page = await org.get(`${base()}?pageSize=2&page=2`).expect(200);
    expect(page.body).toMatchObject({ total: 4, page: 2, pageSize: 2 });
    expect(names(page.body.items)).toEqual(['Lụa Vạn Phúc Hà Đông', 'Công ty Thủ công Ánh Dương']);
  });

  it('sorts villages in Vietnamese order and by submission time either way', async () => {
    const org = as(t, organiser);
    const byVillage = await org.get(`${base()}?sort=village`).expect(200);
    expect(byVillage.body.items.map((i: Item) => i.producer.craftVillage)).toEqual([
      'Bát Tràng',
      'Phú Vinh',
      'Vạn Phúc',
      null,
    ]);
    const latest = await org.get(`${base()}?sort=submittedAt&order=desc`).expect(200);
    expect(names(latest.body.items)[0]).toBe('Công ty Thủ công Ánh Dương');
  });

  it('computes priorities from the fair’s rules, lets the organiser change them and override one', async () => {
    const org = as(t, organiser);
    const settings = await org.get(`/api/v1/fairs/${fair.id}/application-settings`).expect(200);
    expect(settings.body).toMatchObject({
      craftVillagePoints: 10,
      pointsPerOcopStar: 3,
      thresholds: [5, 10, 15, 20],
      depositPercent: 50,
    });
    const byPriority = await org.get(`${base()}?sort=priority&order=desc`).expect(200);
    // Phú Vinh 10 + 12 + 5 + 4 (earliest 25% of 4 = 1) = 31; Bát Tràng, Vạn Phúc 15; none 5.
    expect(
      byPriority.body.items.map((i: Item) => [
        i.producer.name,
        i.priority.score,
        i.priority.priority,
      ]),
    ).toEqual([
      ['HTX Mây tre đan Phú Vinh', 31, 5],
      ['Gốm Bát Tràng Minh Hải', 15, 4],
      ['Lụa Vạn Phúc Hà Đông', 15, 4],
      ['Công ty Thủ công Ánh Dương', 5, 2],
    ]);

    const stricter = await org
      .patch(`/api/v1/fairs/${fair.id}/application-settings`, {
        thresholds: [10, 20, 30, 40],
        depositPercent: 30,
      })
      .expect(200);
    expect(stricter.body).toMatchObject({ thresholds: [10, 20, 30, 40], depositPercent: 30 });
    const after = await org.get(`${base()}/${ids.phuVinh}`).expect(200);
    expect(after.body.priority).toMatchObject({ score: 31, priority: 4 });

    const override = await org
      .put(`${base()}/${ids.noVillage}/priority`, {
        priority: 5,
        reason: 'Đơn vị tài trợ chính của hội chợ',
      })
      .expect(200);
    expect(override.body.priority).toMatchObject({
      priority: 5,
      computedPriority: 1,
      overridden: true,
      overrideReason: 'Đơn vị tài trợ chính của hội chợ',
      overriddenBy: organiser.id,
    });
    const events = await org.get(`${base()}/${ids.noVillage}/events`).expect(200);
    expect(events.body.at(-1)).toMatchObject({
      event: 'priority_override',
      actorId: organiser.id,
      data: { priority: 5, previous: null },
    });

    // Allocation receives the overridden priority, and only approved applications.
    await org
      .post(`${base()}/decisions`, { applicationIds: [ids.noVillage], decision: 'approved' })
      .expect(200);
    const requests = await t.app.get(ApplicationsService).approvedRequests(fair.id);
    const noVillage = requests.find((r) => r.id === ids.noVillage);
    expect(noVillage).toMatchObject({ priority: 5, size: 1, types: ['tieu-chuan'] });
    expect(requests.map((r) => r.id).sort()).toEqual([ids.batTrang, ids.noVillage].sort());
    // The deposit of an approval decided after the change follows the new rule.
    const fee = await org.get(`${base()}/${ids.noVillage}`).expect(200);
    expect(fee.body.fee).toMatchObject({
      amountDue: '12000000',
      depositPercent: 30,
      deposit: '3600000',
    });

    const cleared = await org
      .put(`${base()}/${ids.noVillage}/priority`, { priority: null })
      .expect(200);
    expect(cleared.body.priority).toMatchObject({
      priority: 1,
      overridden: false,
      overrideReason: null,
    });
  });

  it('turns near-wishes for producers into the ids of their approved applications', async () => {
    const org = as(t, organiser);
    const member = await createProducerMember(t, 'HTX Mây tre Phú Vinh số 2');
    const id = await applyAndSubmit(
      t,
      member,
      fair.id,
      application({
        boothsWanted: 2,
        wantsCorner: true,
        nearProducerIds: [producers.phuVinh, producers.batTrang],
      }),
    );
    await org
      .post(`${base()}/decisions`, { applicationIds: [id, ids.phuVinh], decision: 'approved' })
      .expect(200);
    const requests = await t.app.get(ApplicationsService).approvedRequests(fair.id);
    expect(requests.find((r) => r.id === id)).toEqual({
      id,
      producerId: member.producerId,
      producerName: 'HTX Mây tre Phú Vinh số 2',
      size: 2,
      types: ['tieu-chuan'],
      zones: ['may-tre-dan', 'gom-su'],
      corner: true,
      priority: expect.any(Number),
      near: [ids.phuVinh, ids.batTrang].sort(),
    });
  });
});
