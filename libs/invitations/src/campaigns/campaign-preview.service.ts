import { Inject, Injectable } from '@nestjs/common';
import { messageData, TemplateRenderer } from '@hoicho/notifications';
import { APP_CONFIG, AppConfig, AppError, AuthUser } from '@hoicho/platform';
import { INVITATION_TOKEN_LENGTH, type VisitorLanguage } from '../domain';
import { InvitationsAccess } from '../access/invitations-access';
import { VisitorRepository } from '../visitors/visitor.repository';
import { CampaignLetters } from './campaign-letters';
import { storedTexts, textsOver } from './campaign-text';
import { PreviewCampaignDto } from './dto/campaign.dto';
import { CampaignPreviewDto } from './dto/campaign-view.dto';
import { LetterRecipient } from './invitation-mail';

type PreviewVisitor = Omit<LetterRecipient, 'invitationId' | 'token'>;

/** Shown when the organiser picks no visitor of the list. */
const sampleVisitor = (language: VisitorLanguage): PreviewVisitor => ({
  email: 'khach@example.vn',
  name: 'Nguyễn Văn An',
  organisation: 'Công ty TNHH Thủ công Mỹ nghệ Việt',
  language,
  country: null,
});

/** The real email of a campaign for one visitor of the list (or a sample), rendered. */
@Injectable()
export class CampaignPreviewService {
  constructor(
    private readonly access: InvitationsAccess,
    private readonly visitors: VisitorRepository,
    private readonly letters: CampaignLetters,
    private readonly renderer: TemplateRenderer,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async preview(
    user: AuthUser,
    campaignId: string,
    dto: PreviewCampaignDto,
  ): Promise<CampaignPreviewDto> {
    const campaign = await this.access.campaign(user, campaignId);
    // Texts being typed (not saved yet) over the stored ones: the composer's live preview.
    const texts = textsOver(dto.subject, dto.body, storedTexts(campaign));
    const { letters } = await this.letters.for(campaign, texts);
    let visitor = sampleVisitor(dto.locale ?? 'vi');
    if (dto.visitorId) {
      const found = await this.visitors.findInBody(campaign.organisingBodyId, dto.visitorId);
      if (!found) {
        throw AppError.validation([
          { field: 'visitorId', message: 'is not a visitor of this list' },
        ]);
      }
      visitor = found;
    }
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
}
