import { Injectable } from '@nestjs/common';
import { AppError, AuthUser, Clock, Page, pageOf } from '@hoicho/platform';
import { ProducerDirectory } from '../samples/producer-directory';
import { ShowcaseSampleRepository } from '../samples/showcase-sample.repository';
import { InquiryCountsDto, InquiryDto, InquiryQueryDto } from './dto/inquiry.dto';
import { Inquiry, InquiryStatus } from './inquiry.entity';
import { InquiryRepository } from './inquiry.repository';

/**
 * A producer's inquiries, worked through new → replied → closed by its members (callers check
 * the producer scope).
 */
@Injectable()
export class ProducerInquiriesService {
  constructor(
    private readonly inquiries: InquiryRepository,
    private readonly samples: ShowcaseSampleRepository,
    private readonly directory: ProducerDirectory,
    private readonly clock: Clock,
  ) {}

  /** Newest first. */
  async list(producerId: string, query: InquiryQueryDto): Promise<Page<InquiryDto>> {
    const { rows, total } = await this.inquiries.pageOfProducer(
      producerId,
      query.status,
      query.pageSize,
      (query.page - 1) * query.pageSize,
    );
    return pageOf(await this.views(producerId, rows), total, query);
  }

  /** One of the producer's inquiries; another producer's answers 404 as if it did not exist. */
  async get(producerId: string, inquiryId: string): Promise<InquiryDto> {
    const inquiry = await this.inquiries.findOfProducer(producerId, inquiryId);
    if (!inquiry) throw AppError.notFound('Inquiry');
    const [view] = await this.views(producerId, [inquiry]);
    return view;
  }

  /** How many inquiries wait in each state, for the inbox's tabs. */
  async counts(producerId: string): Promise<InquiryCountsDto> {
    const counts: InquiryCountsDto = { new: 0, replied: 0, closed: 0 };
    for (const row of await this.inquiries.countsOfProducer(producerId)) counts[row.status] = row.n;
    return counts;
  }

  async setStatus(
    user: AuthUser,
    producerId: string,
    inquiryId: string,
    status: InquiryStatus,
  ): Promise<InquiryDto> {
    const inquiry = await this.inquiries.findOfProducer(producerId, inquiryId);
    if (!inquiry) throw AppError.notFound('Inquiry');
    if (inquiry.status !== status) {
      await this.inquiries.setStatus(inquiry.id, status, user.id, this.clock.now());
    }
    const updated = await this.inquiries.findOfProducer(producerId, inquiry.id);
    const [view] = await this.views(producerId, [updated!]);
    return view;
  }

  private async views(producerId: string, rows: Inquiry[]): Promise<InquiryDto[]> {
    const names = await this.directory.names(
      rows.map((r) => ({ producerId, productId: r.productId })),
    );
    const samples = await this.samples.byIds(
      rows.filter((r) => r.sampleId).map((r) => r.sampleId!),
    );
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
