import { SuppressionService } from '@hoicho/notifications';
import { createTestModule, TestModule } from '@hoicho/testing/test-module';
import type { VisitorSegment } from '../domain';
import { InvitationsModule } from '../invitations.module';
import {
  addCampaign,
  addVisitor,
  createOrganiserWorld,
  invite,
  OrganiserWorld,
} from '../testing/invitations-fixtures';
import { VisitorEntity } from '../visitors/visitor.entity';
import { NIL_UUID } from './audience-pages';
import { AudienceRepository, CampaignAudience } from './audience.repository';

describe('AudienceRepository (on the real schema)', () => {
  let m: TestModule;
  let audiences: AudienceRepository;
  let world: OrganiserWorld;
  let press: VisitorEntity;
  let vip: VisitorEntity;
  let picked: VisitorEntity;
  let refused: VisitorEntity;
  let unsubscribed: VisitorEntity;

  beforeAll(async () => {
    m = await createTestModule([InvitationsModule]);
    audiences = m.get(AudienceRepository);
    world = await createOrganiserWorld(m);
    press = await addVisitor(m, world.bodyId, { email: 'press@x.vn', segment: 'press' });
    vip = await addVisitor(m, world.bodyId, { email: 'vip@x.vn', tags: ['VIP'], tagKeys: ['vip'] });
    picked = await addVisitor(m, world.bodyId, { email: 'picked@x.vn', language: 'en' });
    refused = await addVisitor(m, world.bodyId, {
      email: 'no@x.vn',
      segment: 'press',
      consent: false,
    });
    unsubscribed = await addVisitor(m, world.bodyId, {
      email: 'unsubscribed@x.vn',
      name: 'Hủy Đăng Ký',
      country: 'JP',
    });
    await m.get(SuppressionService).suppress('unsubscribed@x.vn', 'bulk', 'unsubscribed');
    // Another body's visitor is in nobody's audience here.
    await addVisitor(m, (await createOrganiserWorld(m)).bodyId, {
      email: 'press@x.vn',
      segment: 'press',
    });
  });
  afterAll(() => m.close());

  const audience = (a: {
    all?: boolean;
    segments?: VisitorSegment[];
    tags?: string[];
    ids?: string[];
  }): CampaignAudience => ({
    organisingBodyId: world.bodyId,
    audienceAll: a.all ?? false,
    audienceSegments: a.segments ?? [],
    audienceTags: a.tags ?? [],
    audienceVisitorIds: a.ids ?? [],
  });

  it('count adds up segments, tags and picked visitors, never one who refused consent', async () => {
    expect(await audiences.count(audience({ all: true }))).toBe(4);
    expect(await audiences.count(audience({ segments: ['press'] }))).toBe(1);
    expect(
      await audiences.count(audience({ segments: ['press'], tags: ['vip'], ids: [picked.id] })),
    ).toBe(3);
    expect(await audiences.count(audience({ ids: [refused.id] }))).toBe(0);
  });

  it('uninvitedIds walks the audience in id order, after a key, leaving out the invited', async () => {
    const campaign = await addCampaign(m, world);
    const everyone = [press, vip, picked, unsubscribed].map((v) => v.id).sort();
    expect(await audiences.uninvitedIds(campaign, NIL_UUID, 10)).toEqual(everyone);
    expect(await audiences.uninvitedIds(campaign, everyone[1], 1)).toEqual([everyone[2]]);
    await invite(m, campaign, [vip]);
    expect(await audiences.uninvitedIds(campaign, NIL_UUID, 10)).toEqual(
      everyone.filter((id) => id !== vip.id),
    );
  });

  it('invitees reads the page’s visitors of the body with the bulk-suppression flag', async () => {
    const rows = await audiences.invitees(world.bodyId, [picked.id, unsubscribed.id, NIL_UUID]);
    expect(rows.sort((a, b) => a.email.localeCompare(b.email))).toEqual([
      {
        id: picked.id,
        email: 'picked@x.vn',
        name: 'picked',
        organisation: null,
        language: 'en',
        country: null,
        suppressed: false,
      },
      {
        id: unsubscribed.id,
        email: 'unsubscribed@x.vn',
        name: 'Hủy Đăng Ký',
        organisation: null,
        language: null,
        country: 'JP',
        suppressed: true,
      },
    ]);
    expect(await audiences.invitees((await createOrganiserWorld(m)).bodyId, [picked.id])).toEqual(
      [],
    );
  });
});
