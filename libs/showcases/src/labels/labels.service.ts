import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig, AppError, AuthUser } from '@hoicho/platform';
import { labelUrl } from '../catalogue/catalogue-urls';
import { FAIR_EXHIBITOR_SOURCE, FairExhibitorSource } from '../catalogue/fair-exhibitor-source';
import { renderLabelSheets, SampleLabel } from '../domain';
import { SampleQueryService } from '../samples/sample-query.service';
import { FairGate } from '../showcases/fair-gate';
import { ShowcasesService } from '../showcases/showcases.service';

export interface LabelSheet {
  svg: string;
  page: number;
  pages: number;
}

/** Printable A4 label sheets for a showcase's accepted samples, QR to each product's page. */
@Injectable()
export class LabelsService {
  constructor(
    private readonly gate: FairGate,
    private readonly showcases: ShowcasesService,
    private readonly samples: SampleQueryService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(FAIR_EXHIBITOR_SOURCE) private readonly exhibitors: FairExhibitorSource,
  ) {}

  async sheet(
    user: AuthUser,
    fairId: string,
    showcaseId: string,
    page: number,
    sampleId?: string,
  ): Promise<LabelSheet> {
    await this.gate.forOrganiser(user, fairId);
    await this.showcases.find(fairId, showcaseId);
    const { samples, names } = await this.samples.acceptedSamples(fairId, showcaseId, sampleId);
    if (samples.length === 0) {
      throw sampleId
        ? AppError.notFound('Accepted sample')
        : new AppError(
            'not_found',
            'no_samples',
            'The showcase has no accepted samples to label yet',
          );
    }
    // Read fresh, not through the catalogue's cache: labels are printed right after placement.
    const booths = new Map(
      (await this.exhibitors.exhibitorsOf(fairId)).map((e) => [e.producerId, e.boothCodes]),
    );
    const labels: SampleLabel[] = samples.map((s) => {
      const product = names.products.get(s.productId);
      const producer = names.producers.get(s.producerId);
      return {
        code: s.labelCode!,
        productName: { vi: product?.nameVi ?? '', en: product?.nameEn ?? undefined },
        producer: producer?.legalNameVi ?? '',
        village: producer?.craftVillage ? `Làng nghề ${producer.craftVillage.name}` : undefined,
        boothCodes: booths.get(s.producerId) ?? [],
        url: labelUrl(this.config.publicUrl, fairId, s.productId, s.labelCode!),
      };
    });
    const pages = renderLabelSheets(labels);
    if (page > pages.length) {
      throw AppError.validation([
        { field: 'page', message: `must be at most ${pages.length} (the sheets there are)` },
      ]);
    }
    return { svg: pages[page - 1], page, pages: pages.length };
  }
}
