import { Inject, Injectable, Logger } from '@nestjs/common';
import { FairsService } from '@hoicho/fairs';
import { OutboxService } from '@hoicho/notifications';
import {
  APP_CONFIG,
  AppConfig,
  AppError,
  Clock,
  Page,
  pageOf,
  TransactionRunner,
} from '@hoicho/platform';
import { DataSource, QueryFailedError } from 'typeorm';
import { countryName, Lang, pick } from '../common/lang';
import { checkInquirySubmission, DEFAULT_INQUIRY_GUARD, issueFormToken } from '../domain';
import { CatalogueReadRepository } from '../catalogue/catalogue-read.repository';
import { hanoiToday } from '../catalogue/catalogue-urls';
import { PublicCatalogueService } from '../catalogue/public-catalogue.service';
import { ProducerDirectory } from '../samples/producer-directory';
import { ShowcaseSample } from '../samples/showcase-sample.entity';
import { fieldError, formTokenRefused, formTokenUsed } from '../showcases.errors';
import { FairGate } from '../showcases/fair-gate';
import {
  CreateInquiryDto,
  HONEYPOT_FIELD,
  InquiryDto,
  InquiryFormDto,
  InquiryQueryDto,
  InquirySummaryDto,
} from './dto/inquiry.dto';
import { Inquiry, InquiryStatus } from './inquiry.entity';
import { AuthUser } from '@hoicho/platform';

/**
 * Buyer inquiries: a visitor asks about a product without an account; the producer's members
 * get it by email in their language (through the outbox) and work it through new → replied →
 * closed; organisers see counts only.
 */
@Injectable()
export class InquiriesService {
  private readonly logger = new Logger(InquiriesService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: TransactionRunner,
    private readonly clock: Clock,
    private readonly catalogue: PublicCatalogueService,
    private readonly read: CatalogueReadRepository,
    private readonly fairs: FairsService,
    private readonly gate: FairGate,
    private readonly directory: ProducerDirectory,
    private readonly outbox: OutboxService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** A fresh signed token for the form of a public fair. */
  async form(fairId: string): Promise<InquiryFormDto> {
    await this.catalogue.publicFair(fairId);
    return {
      token: issueFormToken(this.config.secret, this.clock.now()),
      honeypotField: HONEYPOT_FIELD,
      minSeconds: DEFAULT_INQUIRY_GUARD.minAgeSeconds,
      expiresInMinutes: DEFAULT_INQUIRY_GUARD.maxAgeMinutes,
    };
  }

  /**
   * Records the inquiry and the producer's mail in one transaction. A filled honeypot is
   * answered like a success (so a bot learns nothing) but nothing is kept. Returns whether
   * an inquiry was recorded.
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
    const fair = await this.catalogue.publicFair(fairId);
    const [product] = await this.read.productsById(
      fairId,
      [productId],
      hanoiToday(this.clock.now()),
    );
    if (!product) throw AppError.notFound('Product');
    let sample: ShowcaseSample | null = null;
    if (dto.sampleCode) {
      sample = await this.dataSource.getRepository(ShowcaseSample).findOneBy({
        fairId,
        productId,
        labelCode: dto.sampleCode,
        entryStatus: 'accepted',
      });
      if (!sample) throw fieldError('sampleCode', 'is not a sample label of this product');
    }
    const buyerLang: Lang = dto.lang ?? (dto.country === 'VN' ? 'vi' : 'en');
    try {
      await this.transactions.run(async (tx) => {
        const repo = tx.manager.getRepository(Inquiry);
        const inquiry = await repo.save(
          repo.create({
            fairId,
            producerId: product.producer_id,
            productId,
            sampleId: sample?.id ?? null,
            source: sample ? 'sample_label' : 'product_page',
            buyerName: dto.name,
            company: dto.company ?? null,
            email: dto.email,
            country: dto.country,
            quantity: dto.quantity ?? null,
            message: dto.message,
            locale: buyerLang,
            status: 'new',
            formNonce: check.nonce,
          }),
        );
        for (const member of await this.directory.members(product.producer_id)) {
          const lang = member.locale;
          await this.outbox.record(tx, {
            template: 'inquiry.received',
            to: member.email,
            locale: lang,
            organisingBodyId: fair.organisingBodyId,
            dedupeKey: `inquiry:${inquiry.id}:${member.id}`,
            data: {
              fullName: member.fullName,
              producerName: pick(lang, product.producer_name_vi, product.producer_name_en),
              productName: pick(lang, product.name_vi, product.name_en),
              fairName: pick(lang, fair.nameVi, fair.nameEn),
              labelCode: sample?.labelCode ?? null,
              buyerName: dto.name,
              company: dto.company ?? null,
              email: dto.email,
              country: countryName(dto.country, lang),
              quantity: dto.quantity ?? null,
              message: dto.message,
              inquiriesUrl: `${this.config.publicUrl.replace(/\/+$/, '')}/api/v1/producers/${product.producer_id}/inquiries`,
            },
          });
        }
      });
    } catch (error) {
      if (
        error instanceof QueryFailedError &&
        (error.driverError as { constraint?: string }).constraint === 'inquiries_form_nonce_key'
      ) {
        throw formTokenUsed();
      }
      throw error;
    }
    return true;
  }

  /** The producer's inquiries, newest first (callers check the producer scope). */
  async list(producerId: string, query: InquiryQueryDto): Promise<Page<InquiryDto>> {
    const [rows, total] = await this.dataSource.getRepository(Inquiry).findAndCount({
      where: { producerId, ...(query.status ? { status: query.status } : {}) },
      order: { createdAt: 'DESC', id: 'ASC' },
      skip: (query.page - 1) * query.pageSize,
      take: query.pageSize,
    });
    return pageOf(await this.views(producerId, rows), total, query);
  }

  async setStatus(
    user: AuthUser,
    producerId: string,
    inquiryId: string,
    status: InquiryStatus,
  ): Promise<InquiryDto> {
    const repo = this.dataSource.getRepository(Inquiry);
    const inquiry = await repo.findOneBy({ id: inquiryId, producerId });
    if (!inquiry) throw AppError.notFound('Inquiry');
    if (inquiry.status !== status) {
      await repo.update(inquiry.id, {
        status,
        statusChangedBy: user.id,
        statusChangedAt: this.clock.now(),
      });
    }
    const [view] = await this.views(producerId, [await repo.findOneByOrFail({ id: inquiry.id })]);
    return view;
  }

  /** How many inquiries the fair raised, by status, village and product: no buyer data. */
  async summary(user: AuthUser, fairId: string): Promise<InquirySummaryDto> {
    await this.gate.forOrganiser(user, fairId);
    const rows: {
      producer_id: string;
      product_id: string;
      status: InquiryStatus;
      labels: number;
      n: number;
    }[] = await this.dataSource.query(
      `SELECT producer_id, product_id, status, count(*) FILTER (WHERE source = 'sample_label')::int AS labels,
              count(*)::int AS n
         FROM inquiries WHERE fair_id = $1 GROUP BY 1, 2, 3`,
      [fairId],
    );
    const names = await this.directory.names(
      rows.map((r) => ({ producerId: r.producer_id, productId: r.product_id })),
    );
    const byStatus = { new: 0, replied: 0, closed: 0 };
    const byProduct = new Map<string, InquirySummaryDto['byProduct'][number]>();
    const byVillage = new Map<string, InquirySummaryDto['byVillage'][number]>();
    let total = 0;
    let fromLabels = 0;
    for (const r of rows) {
      total += r.n;
      fromLabels += r.labels;
      byStatus[r.status] += r.n;
      const producer = names.producers.get(r.producer_id);
      const product = names.products.get(r.product_id);
      const village = producer?.craftVillage ?? null;
      const entry = byProduct.get(r.product_id) ?? {
        productId: r.product_id,
        nameVi: product?.nameVi ?? '',
        nameEn: product?.nameEn ?? null,
        producerId: r.producer_id,
        producerName: producer?.legalNameVi ?? '',
        village: village?.name ?? null,
        inquiries: 0,
      };
      entry.inquiries += r.n;
      byProduct.set(r.product_id, entry);
      const villageKey = village?.id ?? '';
      const villageEntry = byVillage.get(villageKey) ?? {
        villageId: village?.id ?? null,
        village: village?.name ?? null,
        inquiries: 0,
      };
      villageEntry.inquiries += r.n;
      byVillage.set(villageKey, villageEntry);
    }
    const collator = new Intl.Collator('vi');
    return {
      fairId,
      total,
      fromLabels,
      byStatus,
      byVillage: [...byVillage.values()].sort(
        (a, b) => b.inquiries - a.inquiries || collator.compare(a.village ?? '', b.village ?? ''),
      ),
      byProduct: [...byProduct.values()].sort(
        (a, b) => b.inquiries - a.inquiries || collator.compare(a.nameVi, b.nameVi),
      ),
    };
  }

  private async views(producerId: string, rows: Inquiry[]): Promise<InquiryDto[]> {
    const names = await this.directory.names(
      rows.map((r) => ({ producerId, productId: r.productId })),
    );
    const samples = rows.some((r) => r.sampleId)
      ? await this.dataSource
          .getRepository(ShowcaseSample)
          .findBy(rows.filter((r) => r.sampleId).map((r) => ({ id: r.sampleId! })))
      : [];
    return rows.map((r) => {
      const product = names.products.get(r.productId);
      return {
        id: r.id,
        fairId: r.fairId,
        product: {
          id: r.productId,
          nameVi: product?.nameVi ?? '',
          nameEn: product?.nameEn ?? null,
        },
        source: r.source,
        labelCode: samples.find((s) => s.id === r.sampleId)?.labelCode ?? null,
        buyerName: r.buyerName,
        company: r.company,
        email: r.email,
        country: r.country,
        quantity: r.quantity,
        message: r.message,
        locale: r.locale,
        status: r.status,
        statusChangedAt: r.statusChangedAt,
        createdAt: r.createdAt,
      };
    });
  }
}
