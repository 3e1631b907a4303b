import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { OrganisingBodiesService } from '@hoicho/accounts';
import { DeliveryLogService, messageData, TemplateRenderer } from '@hoicho/notifications';
import {
  APP_CONFIG,
  AppConfig,
  AppError,
  assertBodyAccess,
  AuthUser,
  Clock,
  Page,
  PageQueryDto,
  pageOf,
} from '@hoicho/platform';
import { INVITATION_TOKEN_LENGTH, type VisitorLanguage } from '../domain';
import { tagKey } from '../domain/visitor-fields';
import { FairDirectory, requireDays } from '../common/fair-info';
import { InvitationQueues } from '../common/invitation-queues';
import { campaignNotEditable, campaignNotSendable, campaignNotSent } from '../invitations.errors';
import { VisitorEntity } from '../visitors/visitor.entity';
import { Campaign, CampaignReminder } from './campaign.entity';
import { CampaignTexts, DEFAULT_INVITATION_TEXTS, DEFAULT_REMINDER_TEXTS } from './campaign-text';
import { toCampaignDto, toReminderDto } from './campaign.view';
import {
  AudienceDto,
  BodyTextsDto,
  CreateCampaignDto,
  CreateReminderDto,
  InvitationQueryDto,
  PreviewCampaignDto,
  SendCampaignDto,
  SubjectTextsDto,
  UpdateCampaignDto,
} from './dto/campaign.dto';
import {
  CampaignDto,
  CampaignFunnelDto,
  CampaignPreviewDto,
  CampaignProgressDto,
  InvitationRowDto,
  ReminderDto,
} from './dto/campaign-view.dto';
import { AUDIENCE_SQL, audienceParams } from './audience-pages';
import { addressOf, INVITATION_KEY_PREFIX, LetterBuilder } from './invitation-mail';

const EDITABLE = ['draft', 'scheduled'];

function texts(
  subject: SubjectTextsDto | undefined,
  body: BodyTextsDto | undefined,
  base: CampaignTexts,
): CampaignTexts {
  return {
    subject: { vi: subject?.vi ?? base.subject.vi, en: subject?.en ?? base.subject.en },
    body: { vi: body?.vi ?? base.body.vi, en: body?.en ?? base.body.en },
  };
}

const campaignTexts = (c: Campaign): CampaignTexts => ({
  subject: { vi: c.subjectVi, en: c.subjectEn },
  body: { vi: c.bodyVi, en: c.bodyEn },
});

/** Campaigns of one organising body: edit, preview, send, remind, and follow their progress. */
@Injectable()
export class CampaignsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly fairs: FairDirectory,
    private readonly bodies: OrganisingBodiesService,
    private readonly queues: InvitationQueues,
    private readonly deliveryLog: DeliveryLogService,
    private readonly renderer: TemplateRenderer,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private async checkAudience(bodyId: string, audience: AudienceDto): Promise<void> {
    const picked = [...new Set(audience.visitorIds ?? [])];
    const selects =
      audience.all ||
      (audience.segments ?? []).length ||
      (audience.tags ?? []).length ||
      picked.length;
    if (!selects) {
      throw AppError.validation([
        { field: 'audience', message: 'must select someone: all, segments, tags or visitorIds' },
      ]);
    }
    if (picked.length > 0) {
      const [{ found }] = await this.dataSource.query(
        `SELECT count(*)::int AS found FROM visitors WHERE organising_body_id = $1 AND id = ANY($2::uuid[])`,
        [bodyId, picked],
      );
      if (found !== picked.length) {
        throw AppError.validation([
          {
            field: 'audience.visitorIds',
            message: 'names visitors that are not on this body’s list',
          },
        ]);
      }
    }
  }

  private audienceColumns(audience: AudienceDto) {
    return {
      audienceAll: audience.all ?? false,
      audienceSegments: [...new Set(audience.segments ?? [])],
      audienceTags: [...new Set((audience.tags ?? []).map(tagKey))],
      audienceVisitorIds: [...new Set(audience.visitorIds ?? [])],
    };
  }

  async create(user: AuthUser, bodyId: string, dto: CreateCampaignDto): Promise<CampaignDto> {
    await this.bodies.get(bodyId);
    const fair = await this.fairs.forUser(user, dto.fairId).catch(() => undefined);
    if (!fair || fair.organisingBodyId !== bodyId) {
      throw AppError.validation([
        { field: 'fairId', message: 'is not a fair of this organising body' },
      ]);
    }
    await this.checkAudience(bodyId, dto.audience);
    const t = texts(dto.subject, dto.body, DEFAULT_INVITATION_TEXTS);
    const repository = this.dataSource.getRepository(Campaign);
    const saved = await repository.save(
      repository.create({
        organisingBodyId: bodyId,
        fairId: dto.fairId,
        kind: 'invitation',
        name: dto.name,
        subjectVi: t.subject.vi,
        subjectEn: t.subject.en,
        bodyVi: t.body.vi,
        bodyEn: t.body.en,
        ...this.audienceColumns(dto.audience),
        maxGuests: dto.maxGuests ?? 0,
        preAccepted: dto.preAccepted ?? false,
        status: 'draft',
        createdBy: user.id,
      }),
    );
    return this.get(user, saved.id);
  }

  async list(bodyId: string, query: PageQueryDto): Promise<Page<CampaignDto>> {
    const [rows, total] = await this.dataSource.getRepository(Campaign).findAndCount({
      where: { organisingBodyId: bodyId },
      order: { createdAt: 'DESC', id: 'ASC' },
      skip: (query.page - 1) * query.pageSize,
      take: query.pageSize,
    });
    return pageOf(
      rows.map((row) => toCampaignDto(row)),
      total,
      query,
    );
  }

  /** The campaign if the caller's body runs it; 404 for another body's alike. */
  async load(user: AuthUser, campaignId: string): Promise<Campaign> {
    const campaign = await this.dataSource.getRepository(Campaign).findOneBy({ id: campaignId });
    if (!campaign) throw AppError.notFound('Campaign');
    assertBodyAccess(user, campaign.organisingBodyId, 'Campaign');
    return campaign;
  }

  private async audienceSize(campaign: Campaign): Promise<number> {
    const [{ n }] = await this.dataSource.query(
      `SELECT count(*)::int AS n FROM visitors v WHERE ${AUDIENCE_SQL}`,
      audienceParams(campaign),
    );
    return n;
  }

  async get(user: AuthUser, campaignId: string): Promise<CampaignDto> {
    const campaign = await this.load(user, campaignId);
    return toCampaignDto(
      campaign,
      campaign.kind === 'invitation' ? await this.audienceSize(campaign) : undefined,
    );
  }

  async update(user: AuthUser, campaignId: string, dto: UpdateCampaignDto): Promise<CampaignDto> {
    const campaign = await this.load(user, campaignId);
    if (!EDITABLE.includes(campaign.status) || campaign.kind !== 'invitation') {
      throw campaignNotEditable(campaign.status);
    }
    if (dto.audience) await this.checkAudience(campaign.organisingBodyId, dto.audience);
    const t = texts(dto.subject, dto.body, campaignTexts(campaign));
    const changes: Partial<Campaign> = {
      subjectVi: t.subject.vi,
      subjectEn: t.subject.en,
      bodyVi: t.body.vi,
      bodyEn: t.body.en,
      ...(dto.name !== undefined ? { name: dto.name } : {}),
      ...(dto.audience ? this.audienceColumns(dto.audience) : {}),
      ...(dto.maxGuests !== undefined ? { maxGuests: dto.maxGuests } : {}),
      ...(dto.preAccepted !== undefined ? { preAccepted: dto.preAccepted } : {}),
    };
    const [, affected] = await this.dataSource
      .createQueryBuilder()
      .update(Campaign)
      .set(changes)
      .where('id = :id AND status IN (:...editable)', { id: campaignId, editable: EDITABLE })
      .execute()
      .then((r) => [r.raw, r.affected] as const);
    if (!affected) throw campaignNotEditable((await this.load(user, campaignId)).status);
    return this.get(user, campaignId);
  }

  /** Renders the real email for one visitor of the list (or a sample), in the chosen language. */
  async preview(
    user: AuthUser,
    campaignId: string,
    dto: PreviewCampaignDto,
  ): Promise<CampaignPreviewDto> {
    const campaign = await this.load(user, campaignId);
    const fair = requireDays(await this.fairs.get(campaign.fairId));
    const body = await this.bodies.get(campaign.organisingBodyId);
    let visitor: Pick<VisitorEntity, 'email' | 'name' | 'organisation' | 'language' | 'country'> = {
      email: 'khach@example.vn',
      name: 'Nguyễn Văn An',
      organisation: 'Công ty TNHH Thủ công Mỹ nghệ Việt',
      language: dto.locale ?? 'vi',
      country: null,
    };
    if (dto.visitorId) {
      const found = await this.dataSource
        .getRepository(VisitorEntity)
        .findOneBy({ id: dto.visitorId, organisingBodyId: campaign.organisingBodyId });
      if (!found) {
        throw AppError.validation([
          { field: 'visitorId', message: 'is not a visitor of this list' },
        ]);
      }
      visitor = found;
    }
    const letters = new LetterBuilder(
      {
        fair,
        body,
        publicUrl: this.config.publicUrl,
        fallbackEmail: addressOf(this.config.smtp.from),
        campaignId,
      },
      campaignTexts(campaign),
    );
    const language: VisitorLanguage = dto.locale ?? letters.languageOf(visitor);
    const message = letters.letter(
      {
        ...visitor,
        language,
        invitationId: '00000000-0000-4000-8000-000000000000',
        // A link of the real shape that opens nothing.
        token: 'x'.repeat(INVITATION_TOKEN_LENGTH),
      },
      'invitation',
      { status: campaign.preAccepted ? 'accepted' : 'pending', guests: 0 },
      null,
      'preview',
    );
    const rendered = await this.renderer.render(message.template, language, messageData(message), {
      unsubscribeUrl: `${this.config.publicUrl}/api/v1/unsubscribe?token=preview`,
    });
    return {
      locale: language,
      subject: rendered.subject,
      html: rendered.html,
      text: rendered.text,
      attachments: rendered.attachments.map((a) => a.filename),
    };
  }

  /**
   * Sends now or at a time. Sending a campaign that was sent before invites only the visitors
   * the audience has gained since: the others already have their invitation and their email.
   */
  async send(user: AuthUser, campaignId: string, dto: SendCampaignDto): Promise<CampaignDto> {
    const campaign = await this.load(user, campaignId);
    if (campaign.kind !== 'invitation' || campaign.status === 'cancelled') {
      throw campaignNotSendable(campaign.status);
    }
    requireDays(await this.fairs.get(campaign.fairId));
    const at = dto.at ? new Date(dto.at) : null;
    const later = at && at.getTime() > this.clock.now().getTime() + 1000 ? at : null;
    const [rows] = await this.dataSource.query(
      `UPDATE campaigns SET status = $2, scheduled_at = $3, updated_at = now()
        WHERE id = $1 AND status IN ('draft', 'scheduled', 'sent', 'sending') RETURNING id`,
      [campaignId, later ? 'scheduled' : 'sending', later ?? campaign.scheduledAt],
    );
    if ((rows as unknown[]).length === 0) throw campaignNotSendable(campaign.status);
    await this.queues.addFanOut(campaignId, later);
    return this.get(user, campaignId);
  }

  async cancel(user: AuthUser, campaignId: string): Promise<CampaignDto> {
    const campaign = await this.load(user, campaignId);
    const [rows] = await this.dataSource.query(
      `UPDATE campaigns SET status = 'cancelled', updated_at = now()
        WHERE id = $1 AND status IN ('draft', 'scheduled') RETURNING id`,
      [campaignId],
    );
    if ((rows as unknown[]).length === 0) throw campaignNotEditable(campaign.status);
    return this.get(user, campaignId);
  }

  async remind(user: AuthUser, campaignId: string, dto: CreateReminderDto): Promise<ReminderDto> {
    const campaign = await this.load(user, campaignId);
    if (!['sending', 'sent'].includes(campaign.status) || campaign.kind !== 'invitation') {
      throw campaignNotSent();
    }
    const t = texts(dto.subject, dto.body, DEFAULT_REMINDER_TEXTS);
    const at = dto.at ? new Date(dto.at) : this.clock.now();
    const repository = this.dataSource.getRepository(CampaignReminder);
    const reminder = await repository.save(
      repository.create({
        campaignId,
        audience: dto.audience,
        subjectVi: t.subject.vi,
        subjectEn: t.subject.en,
        bodyVi: t.body.vi,
        bodyEn: t.body.en,
        status: 'scheduled',
        scheduledAt: at,
        createdBy: user.id,
      }),
    );
    await this.queues.addFanOut(campaignId, at, reminder.id);
    return toReminderDto(reminder);
  }

  async reminders(user: AuthUser, campaignId: string): Promise<ReminderDto[]> {
    await this.load(user, campaignId);
    const rows = await this.dataSource
      .getRepository(CampaignReminder)
      .find({ where: { campaignId }, order: { createdAt: 'ASC' } });
    return rows.map(toReminderDto);
  }

  private async answers(campaignId: string) {
    const [row] = await this.dataSource.query(
      `SELECT count(*)::int AS invited,
              count(*) FILTER (WHERE rsvp_status = 'pending')::int AS pending,
              count(*) FILTER (WHERE rsvp_status = 'accepted')::int AS accepted,
              count(*) FILTER (WHERE rsvp_status = 'declined')::int AS declined,
              coalesce(sum(guests), 0)::int AS guests,
              count(*) FILTER (WHERE opened_at IS NOT NULL)::int AS opened
         FROM invitations WHERE campaign_id = $1`,
      [campaignId],
    );
    return row as {
      invited: number;
      pending: number;
      accepted: number;
      declined: number;
      guests: number;
      opened: number;
    };
  }

  async progress(user: AuthUser, campaignId: string): Promise<CampaignProgressDto> {
    const campaign = await this.load(user, campaignId);
    const [totals] = await this.deliveryLog.totals(campaign.organisingBodyId, campaignId);
    const a = await this.answers(campaignId);
    return {
      campaignId,
      status: campaign.status,
      enqueued: campaign.status === 'sent',
      invited: a.invited,
      skippedSuppressed: campaign.suppressedCount,
      mail: {
        queued: totals?.queued ?? 0,
        sending: totals?.sending ?? 0,
        sent: totals?.sent ?? 0,
        retrying: totals?.retrying ?? 0,
        failed: totals?.failed ?? 0,
        suppressed: totals?.suppressed ?? 0,
        total: totals?.total ?? 0,
      },
      answers: {
        pending: a.pending,
        accepted: a.accepted,
        declined: a.declined,
        answered: a.accepted + a.declined,
        guests: a.guests,
      },
      opened: a.opened,
    };
  }

  async funnel(user: AuthUser, campaignId: string): Promise<CampaignFunnelDto> {
    const campaign = await this.load(user, campaignId);
    const a = await this.answers(campaignId);
    const sent = await this.deliveryLog.sentCount(
      campaign.organisingBodyId,
      campaignId,
      INVITATION_KEY_PREFIX,
    );
    const [{ attended }] = await this.dataSource.query(
      `SELECT count(DISTINCT t.invitation_id)::int AS attended
         FROM check_ins c JOIN tickets t ON t.id = c.ticket_id
         JOIN invitations i ON i.id = t.invitation_id
        WHERE i.campaign_id = $1`,
      [campaignId],
    );
    return {
      campaignId,
      invited: a.invited,
      sent,
      opened: a.opened,
      answered: a.accepted + a.declined,
      accepted: a.accepted,
      declined: a.declined,
      attended,
    };
  }

  async invitations(
    user: AuthUser,
    campaignId: string,
    query: InvitationQueryDto,
  ): Promise<Page<InvitationRowDto>> {
    await this.load(user, campaignId);
    const filter = query.rsvp ? 'AND i.rsvp_status = $2' : 'AND $2::text IS NULL';
    const rows: {
      id: string;
      visitor_id: string;
      name: string;
      email: string;
      rsvp_status: string;
      guests: number;
      answered_at: Date | null;
      opened_at: Date | null;
      ticket_id: string | null;
      admitted_at: Date | null;
    }[] = await this.dataSource.query(
      `SELECT i.id, v.id AS visitor_id, v.name, v.email::text AS email, i.rsvp_status, i.guests,
              i.answered_at, i.opened_at, t.id AS ticket_id, c.admitted_at
         FROM invitations i JOIN visitors v ON v.id = i.visitor_id
         LEFT JOIN tickets t ON t.invitation_id = i.id AND t.status = 'active'
         LEFT JOIN check_ins c ON c.ticket_id = t.id
        WHERE i.campaign_id = $1 ${filter}
        ORDER BY v.name, i.id LIMIT $3 OFFSET $4`,
      [campaignId, query.rsvp ?? null, query.pageSize, (query.page - 1) * query.pageSize],
    );
    const [{ total }] = await this.dataSource.query(
      // A deleted visitor's invitation stays for the figures but is nobody to list.
      `SELECT count(*)::int AS total FROM invitations i
        WHERE i.campaign_id = $1 AND i.visitor_id IS NOT NULL ${filter}`,
      [campaignId, query.rsvp ?? null],
    );
    return pageOf(
      rows.map((r) => ({
        id: r.id,
        visitor: { id: r.visitor_id, name: r.name, email: r.email },
        rsvpStatus: r.rsvp_status,
        guests: r.guests,
        answeredAt: r.answered_at,
        openedAt: r.opened_at,
        ticketId: r.ticket_id,
        checkedInAt: r.admitted_at,
      })),
      total,
      { page: query.page, pageSize: query.pageSize },
    );
  }
}
