import { Inject, Injectable, Logger } from '@nestjs/common';
import { FairDto } from '@hoicho/fairs';
import { PublicProductRow } from '@hoicho/exhibitors';
import { appLinks, OutboxService } from '@hoicho/notifications';
import {
  APP_CONFIG,
  AppConfig,
  AppError,
  Clock,
  MailQuota,
  rateLimited,
  TransactionRunner,
  Tx,
} from '@hoicho/platform';
import { PublicFairsService } from '../catalogue/public-fairs.service';
import { PublicProductService } from '../catalogue/public-product.service';
import { constraintOf } from '../common/db-errors';
import { countryName, Lang, pick } from '../common/lang';
import { checkInquirySubmission } from '../domain';
import { ProducerDirectory } from '../samples/producer-directory';
import { ShowcaseSample } from '../samples/showcase-sample.entity';
import { ShowcaseSampleRepository } from '../samples/showcase-sample.repository';
import { fieldError, formTokenRefused, formTokenUsed } from '../showcases.errors';
import { CreateInquiryDto } from './dto/inquiry.dto';
import { Inquiry } from './inquiry.entity';
import { InquiryRepository } from './inquiry.repository';

/**
 * A buyer's inquiry from the public form, without an account. The form's token must be the
 * site's, old enough for a person to have typed it (by the injected clock), not stale and not
 * used before; the inquiry and the producer's mail are recorded in one transaction.
 */
@Injectable()
export class InquirySubmissionService {
  private readonly logger = new Logger(InquirySubmissionService.name);

  constructor(
    private readonly transactions: TransactionRunner,
    private readonly clock: Clock,
    private readonly fairs: PublicFairsService,
    private readonly products: PublicProductService,
    private readonly samples: ShowcaseSampleRepository,
    private readonly inquiries: InquiryRepository,
    private readonly directory: ProducerDirectory,
    private readonly outbox: OutboxService,
    private readonly quota: MailQuota,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * A filled honeypot is answered like a success (so a bot learns nothing) but nothing is kept.
   * Returns whether an inquiry was recorded.
   */
  async submit(fairId: string, productId: string, dto: CreateInquiryDto): Promise<boolean> {
    const check = checkInquirySubmission(
      { token: dto.token, honeypot: dto.website },
      this.config.secret,
      this.clock.now(),
    );
    if (!check.ok) {
      if (check.reason === 'honeypot') {
        this.logger.log(`inquiry for product ${productId} dropped: honeypot filled`);
        return false;
      }
      throw formTokenRefused(check.reason);
    }
    const fair = await this.fairs.publicFair(fairId);
    const product = await this.products.find(fairId, productId);
    if (!product) throw AppError.notFound('Product');
    let sample: ShowcaseSample | null = null;
    if (dto.sampleCode) {
      sample = await this.samples.acceptedByLabel(fairId, productId, dto.sampleCode);
      if (!sample) throw fieldError('sampleCode', 'is not a sample label of this product');
    }
    // However many client addresses send them, one producer gets so many inquiries a day.
    const wait = await this.quota.take('producer', product.producerId);
    if (wait > 0) throw rateLimited(wait);
    try {
      await this.transactions.run(async (tx) => {
        const inquiry = await this.inquiries.insert(tx.manager, {
          fairId,
          producerId: product.producerId,
          productId,
          sampleId: sample?.id ?? null,
          source: sample ? 'sample_label' : 'product_page',
          buyerName: dto.name,
          company: dto.company ?? null,
          email: dto.email,
          country: dto.country,
          quantity: dto.quantity ?? null,
          message: dto.message,
          locale: dto.lang ?? (dto.country === 'VN' ? 'vi' : 'en'),
          formNonce: check.nonce,
        });
        await this.mailProducer(tx, fair, product, sample, inquiry);
      });
    } catch (error) {
      if (constraintOf(error) === 'inquiries_form_nonce_key') throw formTokenUsed();
      throw error;
    }
    return true;
  }

  /** Every active member of the producer, each in the member's language. */
  private async mailProducer(
    tx: Tx,
    fair: FairDto,
    product: PublicProductRow,
    sample: ShowcaseSample | null,
    inquiry: Inquiry,
  ): Promise<void> {
    for (const member of await this.directory.members(product.producerId)) {
      const lang: Lang = member.locale;
      await this.outbox.record(tx, {
        template: 'inquiry.received',
        to: member.email,
        locale: lang,
        organisingBodyId: fair.organisingBodyId,
        dedupeKey: `inquiry:${inquiry.id}:${member.id}`,
        data: {
          fullName: member.fullName,
          producerName: pick(lang, product.producerNameVi, product.producerNameEn),
          productName: pick(lang, product.nameVi, product.nameEn),
          fairName: pick(lang, fair.nameVi, fair.nameEn),
          labelCode: sample?.labelCode ?? null,
          buyerName: inquiry.buyerName,
          company: inquiry.company,
          email: inquiry.email,
          country: countryName(inquiry.country, lang),
          quantity: inquiry.quantity,
          message: inquiry.message,
          inquiryUrl: appLinks.inquiry(this.config.publicUrl, inquiry.id),
        },
      });
    }
  }
}
