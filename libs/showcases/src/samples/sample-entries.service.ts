import { Injectable } from '@nestjs/common';
import { FairDto } from '@hoicho/fairs';
import { AppError, AuthUser, TransactionRunner } from '@hoicho/platform';
import { constraintOf } from '../common/db-errors';
import { alreadyInShowcase, sampleUnavailable } from '../showcases.errors';
import { FairGate } from '../showcases/fair-gate';
import { Showcase } from '../showcases/showcase.entity';
import { ShowcasesService } from '../showcases/showcases.service';
import { InviteSampleDto, ProposeSampleDto, SampleDto } from './dto/sample.dto';
import { InvitationMail } from './invitation-mail';
import { ProducerDirectory } from './producer-directory';
import { toSampleDto } from './sample-rows';
import { ShowcaseSampleRepository } from './showcase-sample.repository';

/**
 * Entering products into a showcase: invitations by the organisers, proposals by the producer.
 * The other side answers through EntryDecisionsService.
 */
@Injectable()
export class SampleEntriesService {
  constructor(
    private readonly samples: ShowcaseSampleRepository,
    private readonly gate: FairGate,
    private readonly showcases: ShowcasesService,
    private readonly directory: ProducerDirectory,
    private readonly transactions: TransactionRunner,
    private readonly mail: InvitationMail,
  ) {}

  async invite(
    user: AuthUser,
    fairId: string,
    showcaseId: string,
    dto: InviteSampleDto,
  ): Promise<SampleDto> {
    const fair = await this.gate.forOrganiser(user, fairId);
    this.gate.assertOngoing(fair);
    const showcase = await this.showcases.find(fairId, showcaseId);
    return this.createEntry(user, fair, showcase, dto.producerId, dto, 'invited');
  }

  async propose(
    user: AuthUser,
    fairId: string,
    showcaseId: string,
    dto: ProposeSampleDto,
  ): Promise<SampleDto> {
    const fair = await this.gate.forReader(user, fairId);
    this.gate.assertOngoing(fair);
    const showcase = await this.showcases.find(fairId, showcaseId);
    return this.createEntry(user, fair, showcase, user.producerId!, dto, 'proposed');
  }

  private async createEntry(
    user: AuthUser,
    fair: FairDto,
    showcase: Showcase,
    producerId: string,
    dto: ProposeSampleDto,
    origin: 'invited' | 'proposed',
  ): Promise<SampleDto> {
    const product = await this.directory.product(producerId, dto.productId);
    if (!product) throw AppError.notFound('Product');
    if (!product.sampleAvailable) throw sampleUnavailable();
    try {
      // An invitation and the producer's mail about it commit together (the producer answers).
      const sample = await this.transactions.run(async (tx) => {
        const entry = await this.samples.insertEntry(
          {
            fairId: fair.id,
            showcaseId: showcase.id,
            producerId,
            productId: product.id,
            origin,
            note: dto.note ?? null,
            quantity: dto.quantity,
            declaredValue: dto.declaredValue,
            createdBy: user.id,
          },
          tx.manager,
        );
        if (origin === 'invited') await this.mail.record(tx, fair, showcase, entry);
        return entry;
      });
      return toSampleDto(sample, await this.directory.names([sample]));
    } catch (error) {
      switch (constraintOf(error)) {
        case 'showcase_samples_one_live_per_product':
          throw alreadyInShowcase();
        case 'showcase_samples_showcase_fk':
          // The showcase was deleted while this entry was being made.
          throw AppError.notFound('Showcase');
        default:
          throw error;
      }
    }
  }
}
