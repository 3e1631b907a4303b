import { Injectable } from '@nestjs/common';
import { AuthUser } from '@hoicho/platform';
import { ProducerDirectory } from '../samples/producer-directory';
import { FairGate } from '../showcases/fair-gate';
import { InquirySummaryDto } from './dto/inquiry.dto';
import { InquiryRepository } from './inquiry.repository';

/** How many inquiries a fair raised, by status, village and product: for organisers, no buyer data. */
@Injectable()
export class InquirySummaryService {
  constructor(
    private readonly inquiries: InquiryRepository,
    private readonly gate: FairGate,
    private readonly directory: ProducerDirectory,
  ) {}

  async summary(user: AuthUser, fairId: string): Promise<InquirySummaryDto> {
    await this.gate.forOrganiser(user, fairId);
    const rows = await this.inquiries.countsOfFair(fairId);
    const names = await this.directory.names(rows);
    const byStatus = { new: 0, replied: 0, closed: 0 };
    const byProduct = new Map<string, InquirySummaryDto['byProduct'][number]>();
    const byVillage = new Map<string, InquirySummaryDto['byVillage'][number]>();
    let total = 0;
    let fromLabels = 0;
    for (const r of rows) {
      total += r.n;
      fromLabels += r.fromLabels;
      byStatus[r.status] += r.n;
      const producer = names.producers.get(r.producerId);
      const product = names.products.get(r.productId);
      const village = producer?.craftVillage ?? null;
      const entry = byProduct.get(r.productId) ?? {
        productId: r.productId,
        nameVi: product?.nameVi ?? '',
        nameEn: product?.nameEn ?? null,
        producerId: r.producerId,
        producerName: producer?.legalNameVi ?? '',
        village: village?.name ?? null,
        inquiries: 0,
      };
      entry.inquiries += r.n;
      byProduct.set(r.productId, entry);
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
}
