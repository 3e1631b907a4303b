import { Injectable } from '@nestjs/common';
import { OrganisingBodiesService } from '@hoicho/accounts';
import { AppError, AuthUser, TransactionRunner } from '@hoicho/platform';
import { tagKey } from '../domain/visitor-fields';
import { InvitationsAccess } from '../access/invitations-access';
import { campaignNotEditable } from '../invitations.errors';
import { VisitorRepository } from '../visitors/visitor.repository';
import { CampaignQueryService } from './campaign-query.service';
import { CampaignChanges, CampaignRepository } from './campaign.repository';
import { DEFAULT_INVITATION_TEXTS, storedTexts, textColumns, textsOver } from './campaign-text';
import { AudienceDto, CreateCampaignDto, UpdateCampaignDto } from './dto/campaign.dto';
import { CampaignDto } from './dto/campaign-view.dto';

const EDITABLE = ['draft', 'scheduled'];

const audienceColumns = (audience: AudienceDto) => ({
  audienceAll: audience.all ?? false,
  audienceSegments: [...new Set(audience.segments ?? [])],
  audienceTags: [...new Set((audience.tags ?? []).map(tagKey))],
  audienceVisitorIds: [...new Set(audience.visitorIds ?? [])],
});

/** Drafting a campaign: its fair, texts, audience and options, until it is sent. */
@Injectable()
export class CampaignEditorService {
  constructor(
    private readonly access: InvitationsAccess,
    private readonly transactions: TransactionRunner,
    private readonly bodies: OrganisingBodiesService,
    private readonly campaigns: CampaignRepository,
    private readonly visitors: VisitorRepository,
    private readonly query: CampaignQueryService,
  ) {}

  async create(user: AuthUser, bodyId: string, dto: CreateCampaignDto): Promise<CampaignDto> {
    this.access.body(user, bodyId);
    await this.bodies.get(bodyId);
    const fair = await this.access.fair(user, dto.fairId).catch(() => undefined);
    if (!fair || fair.organisingBodyId !== bodyId) {
      throw AppError.validation([
        { field: 'fairId', message: 'is not a fair of this organising body' },
      ]);
    }
    await this.checkAudience(bodyId, dto.audience);
    const id = await this.transactions.run(({ manager }) =>
      this.campaigns.insert(manager, {
        organisingBodyId: bodyId,
        fairId: dto.fairId,
        name: dto.name,
        ...textColumns(textsOver(dto.subject, dto.body, DEFAULT_INVITATION_TEXTS)),
        ...audienceColumns(dto.audience),
        maxGuests: dto.maxGuests ?? 0,
        preAccepted: dto.preAccepted ?? false,
        createdBy: user.id,
      }),
    );
    return this.query.get(user, id);
  }

  async update(user: AuthUser, campaignId: string, dto: UpdateCampaignDto): Promise<CampaignDto> {
    const campaign = await this.access.campaign(user, campaignId);
    if (!EDITABLE.includes(campaign.status) || campaign.kind !== 'invitation') {
      throw campaignNotEditable(campaign.status);
    }
    if (dto.audience) await this.checkAudience(campaign.organisingBodyId, dto.audience);
    const changes: CampaignChanges = {
      ...textColumns(textsOver(dto.subject, dto.body, storedTexts(campaign))),
      ...(dto.name !== undefined ? { name: dto.name } : {}),
      ...(dto.audience ? audienceColumns(dto.audience) : {}),
      ...(dto.maxGuests !== undefined ? { maxGuests: dto.maxGuests } : {}),
      ...(dto.preAccepted !== undefined ? { preAccepted: dto.preAccepted } : {}),
    };
    const updated = await this.transactions.run(({ manager }) =>
      this.campaigns.updateEditable(manager, campaignId, changes),
    );
    if (!updated) throw campaignNotEditable((await this.access.campaign(user, campaignId)).status);
    return this.query.get(user, campaignId);
  }

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
    if (picked.length > 0 && (await this.visitors.countInBody(bodyId, picked)) !== picked.length) {
      throw AppError.validation([
        {
          field: 'audience.visitorIds',
          message: 'names visitors that are not on this body’s list',
        },
      ]);
    }
  }
}
