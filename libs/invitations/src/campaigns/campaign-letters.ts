import { Inject, Injectable } from '@nestjs/common';
import { OrganisingBodiesService } from '@hoicho/accounts';
import { APP_CONFIG, AppConfig } from '@hoicho/platform';
import { FairDirectory, requireDays } from '../common/fair-info';
import { Campaign } from './campaign.entity';
import { CampaignTexts } from './campaign-text';
import { addressOf, LetterBuilder } from './invitation-mail';

/** The letter builder of a campaign (or one of its reminders): its fair, body and texts. */
@Injectable()
export class CampaignLetters {
  constructor(
    private readonly fairs: FairDirectory,
    private readonly bodies: OrganisingBodiesService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async for(campaign: Pick<Campaign, 'id' | 'fairId' | 'organisingBodyId'>, texts: CampaignTexts) {
    const fair = requireDays(await this.fairs.get(campaign.fairId));
    const body = await this.bodies.get(campaign.organisingBodyId);
    return {
      fair,
      letters: new LetterBuilder(
        {
          fair,
          body,
          publicUrl: this.config.publicUrl,
          fallbackEmail: addressOf(this.config.smtp.from),
          campaignId: campaign.id,
        },
        texts,
      ),
    };
  }
}
