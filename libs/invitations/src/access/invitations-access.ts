import { Injectable } from '@nestjs/common';
import { AppError, assertBodyAccess, AuthUser } from '@hoicho/platform';
import { Campaign } from '../campaigns/campaign.entity';
import { CampaignRepository } from '../campaigns/campaign.repository';
import { FairDirectory, FairInfo } from '../common/fair-info';
import { VisitorImport } from '../imports/visitor-import.entity';
import { VisitorImportRepository } from '../imports/visitor-import.repository';
import { VisitorEntity } from '../visitors/visitor.entity';
import { VisitorRepository } from '../visitors/visitor.repository';

/**
 * Who may touch what, in one place: every use case of an organiser, admin or gate starts here.
 * Staff reach only their own organising body's lists, campaigns, imports and fairs; another
 * body's object answers 404 exactly as an unknown id does. (The public routes need no user:
 * the link's token or an announced fair is the right to answer.)
 */
@Injectable()
export class InvitationsAccess {
  constructor(
    private readonly campaigns: CampaignRepository,
    private readonly visitors: VisitorRepository,
    private readonly imports: VisitorImportRepository,
    private readonly fairs: FairDirectory,
  ) {}

  body(user: AuthUser, bodyId: string): void {
    assertBodyAccess(user, bodyId);
  }

  async campaign(user: AuthUser, campaignId: string): Promise<Campaign> {
    const campaign = await this.campaigns.findById(campaignId);
    if (!campaign) throw AppError.notFound('Campaign');
    assertBodyAccess(user, campaign.organisingBodyId, 'Campaign');
    return campaign;
  }

  async visitor(user: AuthUser, visitorId: string): Promise<VisitorEntity> {
    const visitor = await this.visitors.findById(visitorId);
    if (!visitor) throw AppError.notFound('Visitor');
    assertBodyAccess(user, visitor.organisingBodyId, 'Visitor');
    return visitor;
  }

  async visitorImport(user: AuthUser, importId: string): Promise<VisitorImport> {
    const row = await this.imports.findById(importId);
    if (!row) throw AppError.notFound('Import');
    assertBodyAccess(user, row.organisingBodyId, 'Import');
    return row;
  }

  /** The fair if the caller's body runs it (fairs decides). */
  fair(user: AuthUser, fairId: string): Promise<FairInfo> {
    return this.fairs.forUser(user, fairId);
  }
}
