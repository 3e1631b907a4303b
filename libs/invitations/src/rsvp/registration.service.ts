import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { OrganisingBodiesService } from '@hoicho/accounts';
import type { FairStatus } from '@hoicho/fairs';
import { AppError, Clock, MailQuota, TransactionRunner } from '@hoicho/platform';
import { FairDirectory, FairInfo, requireDays } from '../common/fair-info';
import { InvitationTokens } from '../common/invitation-tokens';
import { fairOver } from '../invitations.errors';
import { CampaignRepository } from '../campaigns/campaign.repository';
import { REGISTRATION_TEXTS, textColumns } from '../campaigns/campaign-text';
import { TicketsService } from '../tickets/tickets.service';
import { VisitorListMerger } from '../visitors/visitor-list-merger';
import { VisitorContact, VisitorRepository } from '../visitors/visitor.repository';
import { RegistrationDto, RegistrationResultDto } from './dto/rsvp.dto';
import { InvitationRepository } from './invitation.repository';
import { visitorPhone } from '../visitors/visitor-phone';
import { TicketMail } from './ticket-mail';

export const REGISTRATION_MAX_GUESTS = 5;

const REGISTERED: RegistrationResultDto = {
  status: 'registered',
  message: 'Check your inbox: the ticket is on its way. · Vui lòng kiểm tra hộp thư.',
};

/** Statuses in which a fair is announced to the public (a closed one answers "fair over"). */
const PUBLIC_FAIR_STATUSES: ReadonlySet<string> = new Set<FairStatus>([
  'open',
  'allocating',
  'published',
  'running',
  'closed',
]);

/**
 * Public sign-up for a fair: the visitor joins the body's list (an existing entry is not
 * changed by an anonymous form), gets an accepted invitation on the fair's registration list
 * and a ticket by email. The answer is the same whether or not the address was known.
 */
@Injectable()
export class RegistrationService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly fairs: FairDirectory,
    private readonly bodies: OrganisingBodiesService,
    private readonly campaigns: CampaignRepository,
    private readonly visitors: VisitorRepository,
    private readonly merger: VisitorListMerger,
    private readonly invitations: InvitationRepository,
    private readonly tokens: InvitationTokens,
    private readonly tickets: TicketsService,
    private readonly ticketMail: TicketMail,
    private readonly clock: Clock,
    private readonly quota: MailQuota,
  ) {}

  /**
   * The fair as the public may see it, and whether it still takes sign-ups. A draft is not
   * announced yet and a cancelled fair is withdrawn: to the public neither exists, so both
   * answer exactly as an unknown id does.
   */
  async announcedFair(fairId: string): Promise<{ fair: FairInfo; open: boolean }> {
    const fair = await this.fairs.get(fairId);
    if (!PUBLIC_FAIR_STATUSES.has(fair.status)) throw AppError.notFound('Fair');
    const open = fair.status !== 'closed' && !!fair.endsAt && this.clock.now() < fair.endsAt;
    return { fair, open };
  }

  async register(fairId: string, asked: RegistrationDto): Promise<RegistrationResultDto> {
    const dto = { ...asked, phone: visitorPhone(asked.phone, asked.country) };
    const announced = await this.announcedFair(fairId);
    const fair = requireDays(announced.fair);
    if (!announced.open) throw fairOver();
    const body = await this.bodies.get(fair.organisingBodyId);
    // Past the address's daily quota nothing is written or sent, and the answer is the same:
    // the form cannot be used to flood someone's inbox with tickets.
    if ((await this.quota.take('address', dto.email)) > 0) return REGISTERED;
    await this.transactions.run(async (tx) => {
      const { manager } = tx;
      const campaignId = await this.campaigns.ensureRegistrationList(manager, {
        organisingBodyId: fair.organisingBodyId,
        fairId: fair.id,
        name: `Đăng ký trực tuyến · ${fair.names.vi}`.slice(0, 200),
        ...textColumns(REGISTRATION_TEXTS),
        maxGuests: REGISTRATION_MAX_GUESTS,
      });
      const visitor = await this.visitorFor(manager, fair.organisingBodyId, dto);
      const guests = Math.min(dto.guests ?? 0, REGISTRATION_MAX_GUESTS);
      const invitationId = randomUUID();
      const token = this.tokens.issue(invitationId);
      const inserted = await this.invitations.insertRegistration(manager, {
        id: invitationId,
        campaignId,
        visitorId: visitor.id,
        organisingBodyId: fair.organisingBodyId,
        fairId: fair.id,
        tokenHash: token.hash,
        tokenSealed: token.sealed,
        guests,
      });
      if (!inserted) return; // registered before: nothing new to send
      const ticket = await this.tickets.issue(manager, {
        fairId: fair.id,
        organisingBodyId: fair.organisingBodyId,
        invitationId,
        visitorId: visitor.id,
        holderName: visitor.name,
        guests,
        expiresAt: fair.endsAt,
      });
      await this.ticketMail.record(tx, {
        fair,
        body,
        campaignId,
        texts: REGISTRATION_TEXTS,
        recipient: { ...visitor, email: dto.email, invitationId, token: token.token },
        guests,
        ticket,
      });
    });
    return REGISTERED;
  }

  /** The visitor of the address, added to the list if new; a known one is left as it is. */
  private async visitorFor(
    manager: EntityManager,
    bodyId: string,
    dto: RegistrationDto,
  ): Promise<VisitorContact> {
    await this.visitors.lockList(manager, bodyId);
    const known = await this.visitors.findContactByEmail(manager, bodyId, dto.email);
    if (known) return known;
    const { rows } = await this.merger.upsert(
      manager,
      bodyId,
      [
        {
          email: dto.email,
          name: dto.name,
          organisation: dto.organisation,
          phone: dto.phone,
          country: dto.country,
          language: dto.language,
          // The segment (buyer, press, vip) is the organiser's to set, never a visitor's.
          segment: 'public',
          tags: [],
          consent: dto.consent,
        },
      ],
      'self_registration',
    );
    return {
      id: rows[0].id,
      name: dto.name,
      organisation: dto.organisation ?? null,
      language: dto.language ?? null,
      country: dto.country ?? null,
    };
  }
}
