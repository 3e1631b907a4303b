import { Injectable } from '@nestjs/common';
import { BankAccountsService } from '@hoicho/accounts';
import { htmlWithInlineImages, messageData, TemplateRenderer } from '@hoicho/notifications';
import { AuthUser, Clock } from '@hoicho/platform';
import { ApplicationDecision } from '../domain';
import { DecisionLetterPreviewDto, ReleasePreviewDto } from '../dto/application-view.dto';
import { ReleaseDecisionsDto } from '../dto/review-input.dto';
import { ApplicationRepository } from '../entities/application.repository';
import { DecisionLetters } from './decision-letters';
import { DepositDueDays } from './deposit-due-days';
import { ReviewAccess } from './review-context';

/** The order the preview shows letters in: good news first. */
const ORDER: readonly ApplicationDecision[] = ['approved', 'waitlisted', 'rejected'];

/**
 * What a release would do, before the organiser confirms it: how many decisions of each kind,
 * how many letters (a submitter whose account is gone gets none), and one letter of each kind
 * rendered exactly as it would be sent. Nothing is written.
 */
@Injectable()
export class ReleasePreviewService {
  constructor(
    private readonly access: ReviewAccess,
    private readonly applications: ApplicationRepository,
    private readonly letters: DecisionLetters,
    private readonly renderer: TemplateRenderer,
    private readonly dueDays: DepositDueDays,
    private readonly accounts: BankAccountsService,
    private readonly clock: Clock,
  ) {}

  async preview(
    user: AuthUser,
    fairId: string,
    dto: ReleaseDecisionsDto,
  ): Promise<ReleasePreviewDto> {
    const fair = await this.access.fair(user, fairId);
    const staged = await this.applications.findStaged(fairId, dto.applicationIds);
    const recipients = await this.letters.recipients(staged.map((a) => a.submittedBy));
    // The approval letter asks for the deposit with the body's VietQR code, as it will be sent.
    const account = await this.accounts.find(fair.organisingBodyId);
    const counts: Record<ApplicationDecision, number> = { approved: 0, rejected: 0, waitlisted: 0 };
    const samples: DecisionLetterPreviewDto[] = [];
    let letters = 0;
    for (const app of staged) {
      const decision = app.pendingDecision!;
      counts[decision]++;
      const recipient = app.submittedBy ? recipients.get(app.submittedBy) : undefined;
      if (!recipient) continue;
      letters++;
      if (samples.some((s) => s.decision === decision)) continue;
      // Released now, the deposit would be due on this day of the fair's payment terms.
      const dueOn = decision === 'approved' ? await this.dueDays.of(fair, this.clock.now()) : null;
      const paidTo = decision === 'approved' ? account : null;
      const message = this.letters.letter(fair, app, decision, recipient, paidTo, dueOn);
      const rendered = await this.renderer.render(
        message.template,
        message.locale,
        messageData(message),
      );
      samples.push({
        decision,
        applicationId: app.id,
        producerName: app.producerName,
        to: message.to,
        locale: message.locale,
        subject: rendered.subject,
        html: htmlWithInlineImages(rendered),
        text: rendered.text,
      });
    }
    samples.sort((a, b) => ORDER.indexOf(a.decision) - ORDER.indexOf(b.decision));
    return {
      staged: staged.length,
      ...counts,
      letters,
      applicationIds: staged.map((a) => a.id),
      samples,
    };
  }
}
