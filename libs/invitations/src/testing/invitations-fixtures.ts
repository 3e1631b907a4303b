import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { OrganisingBodiesService, UsersService } from '@hoicho/accounts';
import { FairEditorService } from '@hoicho/fairs';
import { AuthUser, Role } from '@hoicho/platform';
import type { TestModule } from '@hoicho/testing/test-module';
import { Campaign } from '../campaigns/campaign.entity';
import { CampaignRepository, NewCampaign } from '../campaigns/campaign.repository';
import { CheckInRepository } from '../check-in/check-in.repository';
import { InvitationRepository } from '../rsvp/invitation.repository';
import { TicketRepository } from '../tickets/ticket.repository';
import { VisitorEntity } from '../visitors/visitor.entity';
import { NewVisitor, VisitorRepository } from '../visitors/visitor.repository';

/** An organising body with an organiser and one draft fair (made through their owners). */
export interface OrganiserWorld {
  bodyId: string;
  organiser: AuthUser;
  fairId: string;
}

/** Three opening days a year ahead, in Hà Nội. */
export const FAIR_DAYS = [
  { date: '2027-10-10', opens: '08:00', closes: '21:00' },
  { date: '2027-10-11', opens: '08:00', closes: '21:00' },
  { date: '2027-10-12', opens: '08:00', closes: '17:00' },
];

export async function createOrganiserWorld(m: TestModule): Promise<OrganiserWorld> {
  const tag = randomUUID().slice(0, 8);
  const body = await m.get(OrganisingBodiesService).create({
    code: `so-cong-thuong-${tag}`,
    nameVi: 'Sở Công Thương Hà Nội',
    nameEn: 'Hanoi Department of Industry and Trade',
    email: `sct-${tag}@example.vn`,
  });
  const user = await m.transactions.run(({ manager }) =>
    m.get(UsersService).create(manager, {
      email: `to-chuc-${tag}@example.vn`,
      fullName: 'Người Tổ Chức',
      role: Role.Organiser,
      locale: 'vi',
      organisingBodyId: body.id,
      emailVerified: true,
    }),
  );
  const organiser: AuthUser = {
    id: user.id,
    email: user.email,
    role: Role.Organiser,
    locale: 'vi',
    organisingBodyId: body.id,
    producerId: null,
    sessionId: randomUUID(),
  };
  const fair = await m.get(FairEditorService).create(organiser, body.id, {
    nameVi: 'Hội chợ Làng nghề Hà Nội 2027',
    nameEn: 'Hanoi Craft Village Fair 2027',
    venueName: 'Cung Văn hóa Hữu nghị Việt Xô',
    venueAddress: '91 Trần Hưng Đạo, Hà Nội',
    days: FAIR_DAYS,
    applicationsOpenAt: '2027-08-01T08:00',
    applicationsCloseAt: '2027-09-15T17:00',
  });
  return { bodyId: body.id, organiser, fairId: fair.id };
}

/** A visitor of the body's list; `email` decides who it is, the rest may be left out. */
export function addVisitor(
  m: TestModule,
  bodyId: string,
  visitor: Partial<NewVisitor> & { email: string },
): Promise<VisitorEntity> {
  return m.transactions.run(({ manager }) =>
    m.get(VisitorRepository).insert(manager, {
      organisingBodyId: bodyId,
      name: visitor.email.split('@')[0],
      organisation: null,
      phone: null,
      country: null,
      language: null,
      segment: null,
      tags: [],
      tagKeys: [],
      consent: null,
      source: 'manual',
      ...visitor,
    }),
  );
}

/** A draft invitation campaign of the world's fair. */
export async function addCampaign(
  m: TestModule,
  world: OrganiserWorld,
  campaign: Partial<NewCampaign> = {},
): Promise<Campaign> {
  const id = await m.transactions.run(({ manager }) =>
    m.get(CampaignRepository).insert(manager, {
      organisingBodyId: world.bodyId,
      fairId: world.fairId,
      name: 'Khách mời',
      subjectVi: 'Thư mời',
      subjectEn: 'Invitation',
      bodyVi: 'Kính mời',
      bodyEn: 'You are invited',
      audienceAll: true,
      audienceSegments: [],
      audienceTags: [],
      audienceVisitorIds: [],
      maxGuests: 2,
      preAccepted: false,
      createdBy: world.organiser.id,
      ...campaign,
    }),
  );
  return (await m.get(CampaignRepository).findById(id))!;
}

/** A token hash nobody can present (the real ones come from InvitationTokens). */
export const someTokenHash = () => Buffer.from(randomUUID().replace(/-/g, '').repeat(2), 'hex');

/** Invites the visitors to the campaign, pending; answers the invitations' ids in order. */
export async function invite(
  m: TestModule,
  campaign: Campaign,
  visitors: readonly VisitorEntity[],
  status: 'pending' | 'accepted' = 'pending',
): Promise<string[]> {
  const rows = visitors.map((v) => ({
    id: randomUUID(),
    visitorId: v.id,
    tokenHash: someTokenHash(),
    tokenSealed: 'sealed',
  }));
  await m.transactions.run(({ manager }) =>
    m.get(InvitationRepository).insertPage(manager, {
      campaignId: campaign.id,
      organisingBodyId: campaign.organisingBodyId,
      fairId: campaign.fairId,
      status,
      rows,
    }),
  );
  return rows.map((r) => r.id);
}

/** Runs `work` in a transaction of the module's database. */
export function inTransaction<T>(
  m: TestModule,
  work: (manager: EntityManager) => Promise<T>,
): Promise<T> {
  return m.transactions.run(({ manager }) => work(manager));
}

/** Polls until `check` holds; jest's timeout is the only clock. */
export async function eventually(check: () => Promise<boolean>): Promise<void> {
  while (!(await check())) await new Promise((resolve) => setTimeout(resolve, 20));
}

/** Whether some session waits for an advisory lock right now. */
export async function someoneWaitsForAdvisoryLock(m: TestModule): Promise<boolean> {
  const rows: unknown[] = await m.dataSource.query(
    `SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND NOT granted AND database = (
       SELECT oid FROM pg_database WHERE datname = current_database())`,
  );
  return rows.length > 0;
}

/** An active ticket for an invitation of the campaign; answers its id. */
export async function addTicket(
  m: TestModule,
  campaign: Campaign,
  invitationId: string,
  visitorId: string,
  guests = 0,
): Promise<string> {
  const id = randomUUID();
  await m.transactions.run(({ manager }) =>
    m.get(TicketRepository).insertMany(manager, [
      {
        id,
        fairId: campaign.fairId,
        organisingBodyId: campaign.organisingBodyId,
        invitationId,
        visitorId,
        initials: 'NVA',
        guests,
        expiresAt: new Date('2027-10-12T10:00:00Z'),
      },
    ]),
  );
  return id;
}

/** Admits a ticket at a gate (Hà Nội 09:xx on the fair's first day). */
export function admit(
  m: TestModule,
  campaign: Campaign,
  ticketId: string,
  gate = 'Cổng A',
  fairDay = '2027-10-10',
) {
  return m.transactions.run(({ manager }) =>
    m.get(CheckInRepository).admit(manager, {
      ticketId,
      fairId: campaign.fairId,
      fairDay,
      gate,
      admittedAt: new Date('2027-10-10T02:15:00Z'),
      offline: false,
      scannedBy: campaign.createdBy!,
    }),
  );
}
