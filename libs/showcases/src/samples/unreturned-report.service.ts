import { Injectable } from '@nestjs/common';
import { AuthUser } from '@hoicho/platform';
import { FairGate } from '../showcases/fair-gate';
import { UnreturnedReportDto } from './dto/sample.dto';
import { ProducerDirectory } from './producer-directory';
import { SampleReportRepository } from './sample-report.repository';

/** Samples still in the organisers' hands (received or on display): the list to clear at close. */
@Injectable()
export class UnreturnedReportService {
  constructor(
    private readonly reports: SampleReportRepository,
    private readonly gate: FairGate,
    private readonly directory: ProducerDirectory,
  ) {}

  async report(user: AuthUser, fairId: string): Promise<UnreturnedReportDto> {
    const fair = await this.gate.forOrganiser(user, fairId);
    const rows = await this.reports.unreturned(fairId);
    const names = await this.directory.names(rows);
    return {
      fairId,
      fairStatus: fair.status,
      total: rows.length,
      declaredValue: String(rows.reduce((sum, r) => sum + r.declaredValue, 0)),
      items: rows.map((r) => {
        const product = names.products.get(r.productId);
        return {
          sampleId: r.id,
          labelCode: r.labelCode,
          showcase: { id: r.showcaseId, name: r.showcaseTitle },
          producer: {
            id: r.producerId,
            name: names.producers.get(r.producerId)?.legalNameVi ?? '',
          },
          product: {
            id: r.productId,
            nameVi: product?.nameVi ?? '',
            nameEn: product?.nameEn ?? null,
          },
          quantity: r.quantity,
          declaredValue: String(r.declaredValue),
          custodyStatus: r.custodyStatus,
          displayLocation: r.displayLocation,
          since: r.since,
        };
      }),
    };
  }
}
