import { Injectable } from '@nestjs/common';
import {
  AllocationApplicant,
  AllocationApplicantsService,
  AllocationPricingService,
} from '@hoicho/applications';
import { htmlWithInlineImages, messageData, TemplateRenderer } from '@hoicho/notifications';
import { AuthUser, TransactionRunner } from '@hoicho/platform';
import { FairDto } from '@hoicho/fairs';
import { PlanLookup } from '../common/allocation-context';
import { runNotReady } from '../allocation.errors';
import { AllocationContext } from '../common/allocation-context';
import { AllocationStateRepository } from './allocation-state.repository';
import { isCurrent } from '../runs/run.view';
import { RunsService } from '../runs/runs.service';
import { AllocationMail } from './allocation-mail';
import { BoothsLetterPreviewDto, PublishPreviewDto } from './dto/publish-preview.dto';

/**
 * What publishing a draft would do, counted as PublishService counts it (only released
 * approvals; the others are skipped), with the first booths letter rendered as it would be
 * mailed (its VietQR code inline), so the organiser confirms knowing who hears what.
 */
@Injectable()
export class PublishPreviewService {
  constructor(
    private readonly context: AllocationContext,
    private readonly runs: RunsService,
    private readonly states: AllocationStateRepository,
    private readonly applicants: AllocationApplicantsService,
    private readonly mail: AllocationMail,
    private readonly renderer: TemplateRenderer,
    private readonly pricing: AllocationPricingService,
    private readonly transactions: TransactionRunner,
  ) {}

  async preview(user: AuthUser, fairId: string, runId: string): Promise<PublishPreviewDto> {
    const fair = await this.context.fairFor(user, fairId);
    const run = await this.runs.find(user, fairId, runId);
    if (run.status !== 'done' || !run.draft) throw runNotReady(run.status);
    const draft = run.draft;
    const ids = [
      ...draft.assignments.map((a) => a.request),
      ...draft.unassigned.map((u) => u.request),
    ];
    const [plan, people, version] = await Promise.all([
      this.context.plan(fairId),
      this.applicants.applicants(fairId, ids),
      this.states.version(fairId),
    ]);
    const recipients = await this.mail.recipients(people);
    const live = new Map(
      people
        .filter((a) => a.status === 'approved' && a.pendingDecision === null)
        .map((a) => [a.id, a]),
    );
    const hasRecipient = (id: string) => {
      const by = live.get(id)?.submittedBy;
      return !!by && recipients.has(by);
    };
    const assigned = draft.assignments.filter((a) => live.has(a.request));
    const waitlisted = draft.unassigned.filter((u) => live.has(u.request));
    const first = assigned.find((a) => hasRecipient(a.request));
    let sample: BoothsLetterPreviewDto | null = null;
    if (first) {
      const applicant = await this.pricedAsPublished(
        fair,
        plan,
        live.get(first.request)!,
        first.booths,
        user,
      );
      const recipient = recipients.get(applicant.submittedBy!)!;
      // With the body's account, as mailed: the amount still to pay as words and a VietQR code.
      const account = await this.mail.account(fair);
      const letter = this.mail.boothsLetter(
        fair,
        plan,
        applicant,
        recipient,
        first.booths,
        account,
      );
      const rendered = await this.renderer.render(
        letter.template,
        letter.locale,
        messageData(letter),
      );
      sample = {
        applicationId: applicant.id,
        producerName: applicant.producerName,
        to: letter.to,
        locale: letter.locale,
        subject: rendered.subject,
        html: htmlWithInlineImages(rendered),
        text: rendered.text,
      };
    }
    return {
      runId,
      current: isCurrent(run, version),
      assigned: assigned.length,
      waitlisted: waitlisted.length,
      unreleased: people.filter((a) => a.pendingDecision === 'approved').length,
      letters: [...assigned.map((a) => a.request), ...waitlisted.map((u) => u.request)].filter(
        hasRecipient,
      ).length,
      sample,
    };
  }

  /**
   * The applicant as publication will price it for these booths (a corner booth at its type's
   * price): the same repricing, run in a transaction that is rolled back, so the letter shows
   * the amount the producer will really be asked for and nothing is written.
   */
  private async pricedAsPublished(
    fair: FairDto,
    plan: PlanLookup,
    applicant: AllocationApplicant,
    booths: readonly string[],
    user: AuthUser,
  ): Promise<AllocationApplicant> {
    try {
      await this.transactions.run(async ({ manager }) => {
        const priced = await this.pricing.reprice(
          manager,
          fair,
          plan.plan,
          [
            {
              applicationId: applicant.id,
              boothTypes: booths.map((c) => plan.byCode.get(c)!.type),
            },
          ],
          user.id,
        );
        throw new RolledBack(priced.get(applicant.id) ?? applicant);
      });
    } catch (error) {
      if (error instanceof RolledBack) return error.applicant;
      throw error;
    }
    return applicant;
  }
}

/** Ends the preview's transaction with what it computed, writing nothing. */
class RolledBack extends Error {
  constructor(readonly applicant: AllocationApplicant) {
    super('preview only');
  }
}
