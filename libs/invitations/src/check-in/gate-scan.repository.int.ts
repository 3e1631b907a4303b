import { EntityManager } from 'typeorm';
import { createTestModule, TestModule } from '@hoicho/testing/test-module';
import { InvitationsModule } from '../invitations.module';
import {
  addCampaign,
  addTicket,
  addVisitor,
  createOrganiserWorld,
  inTransaction,
  invite,
  OrganiserWorld,
} from '../testing/invitations-fixtures';
import { GateScanRepository, ScanContext } from './gate-scan.repository';

describe('GateScanRepository (on the real schema)', () => {
  let m: TestModule;
  let scans: GateScanRepository;
  let world: OrganiserWorld;
  let scan: ScanContext;
  beforeAll(async () => {
    m = await createTestModule([InvitationsModule]);
    scans = m.get(GateScanRepository);
    world = await createOrganiserWorld(m);
    scan = {
      fairId: world.fairId,
      gate: 'Cổng A',
      scannedAt: new Date('2027-10-10T02:00:00Z'),
      offline: true,
      scannedBy: world.organiser.id,
    };
  });
  afterAll(() => m.close());

  const tx = <T>(work: (manager: EntityManager) => Promise<T>) => inTransaction(m, work);
  const invalid = {
    result: 'invalid',
    reason: 'malformed',
    ticketId: null,
    answer: {
      result: 'invalid',
      message: 'Mã không hợp lệ',
      reason: 'malformed',
      duplicate: false,
    },
  };

  it('claimNonce takes a nonce once; settle records its answer; answerOf gives it back', async () => {
    await tx(async (manager) => {
      expect(await scans.claimNonce(manager, scan, 'ipad-1-0001')).toBe(true);
      await scans.settle(manager, world.fairId, 'ipad-1-0001', invalid);
    });
    await tx(async (manager) => {
      expect(await scans.claimNonce(manager, scan, 'ipad-1-0001')).toBe(false);
      expect(await scans.answerOf(manager, world.fairId, 'ipad-1-0001')).toEqual(invalid.answer);
    });
  });

  it('settle flags a conflict; conflicts lists it with both gates', async () => {
    const answer = {
      result: 'already_admitted',
      message: 'Đã vào hôm nay tại cổng Cổng B lúc 08:50.',
      gate: 'Cổng B',
      admittedAt: '2027-10-10T01:50:00.000Z',
      duplicate: false,
      conflict: true,
    };
    await tx(async (manager) => {
      await scans.claimNonce(manager, scan, 'ipad-1-0002');
      await scans.settle(manager, world.fairId, 'ipad-1-0002', {
        result: 'already_admitted',
        reason: null,
        ticketId: null,
        answer,
        conflict: true,
      });
    });
    expect(await scans.conflicts(world.fairId)).toEqual([
      {
        ticketId: null,
        day: '2027-10-10',
        admittedGate: 'Cổng B',
        admittedAt: '2027-10-10T01:50:00.000Z',
        conflictGate: 'Cổng A',
        conflictAt: scan.scannedAt,
      },
    ]);
  });

  it('insert logs a scan without a nonce; countByResult counts the fair’s scans per result', async () => {
    await tx((manager) =>
      scans.insert(manager, scan, {
        result: 'revoked',
        reason: null,
        ticketId: null,
        answer: { result: 'revoked', message: 'Vé đã bị thu hồi', duplicate: false },
      }),
    );
    await tx((manager) => scans.insert(manager, scan, invalid));
    expect(await scans.countByResult(world.fairId)).toEqual({
      invalid: 2,
      revoked: 1,
      already_admitted: 1,
    });
  });

  it('eraseInitials takes the holder’s initials out of the logged answers of those tickets', async () => {
    const campaign = await addCampaign(m, world);
    const visitor = await addVisitor(m, world.bodyId, { email: 'an@x.vn' });
    const [invitationId] = await invite(m, campaign, [visitor], 'accepted');
    const ticketId = await addTicket(m, campaign, invitationId, visitor.id, 2);
    const admitted = {
      result: 'admitted',
      reason: null,
      ticketId,
      answer: {
        result: 'admitted',
        message: 'Mời vào: NVA (+2 khách).',
        ticketId,
        initials: 'NVA',
        guests: 2,
        duplicate: false,
      },
    };
    await tx((manager) => scans.insert(manager, scan, admitted));
    await tx((manager) => scans.eraseInitials(manager, [ticketId]));
    const [row] = await m.dataSource.query('SELECT answer FROM gate_scans WHERE ticket_id = $1', [
      ticketId,
    ]);
    expect(row.answer).toEqual({
      result: 'admitted',
      message: 'Mời vào: — (+2 khách).',
      ticketId,
      guests: 2,
      duplicate: false,
    });
  });
});
