import { Injectable } from '@nestjs/common';
import { AuthUser, Page, PageQueryDto, pageOf } from '@hoicho/platform';
import { InvitationsAccess } from '../access/invitations-access';
import { AudienceRepository } from './audience.repository';
import { Campaign } from './campaign.entity';
import { CampaignRepository } from './campaign.repository';
import { toCampaignDto } from './campaign.view';
import { CampaignDto } from './dto/campaign-view.dto';

/** Reading campaigns: a body's list, and one campaign with the size of its audience. */
@Injectable()
export class CampaignQueryService {
  constructor(
    private readonly access: InvitationsAccess,
    private readonly campaigns: CampaignRepository,
    private readonly audiences: AudienceRepository,
  ) {}

  async list(user: AuthUser, bodyId: string, query: PageQueryDto): Promise<Page<CampaignDto>> {
    this.access.body(user, bodyId);
    const { items, total } = await this.campaigns.page(bodyId, query);
    return pageOf(
      items.map((row) => toCampaignDto(row)),
      total,
      query,
    );
  }

  async get(user: AuthUser, campaignId: string): Promise<CampaignDto> {
    return this.view(await this.access.campaign(user, campaignId));
  }

  /** A registration list has no audience to count: whoever signs up joins it. */
  async view(campaign: Campaign): Promise<CampaignDto> {
    return toCampaignDto(
      campaign,
      campaign.kind === 'invitation' ? await this.audiences.count(campaign) : undefined,
    );
  }
}
