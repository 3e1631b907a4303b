import { Injectable } from '@nestjs/common';
import { DOCUMENT_KIND_LABELS, DocumentRequirements } from '@hoicho/exhibitors';
import { AuthUser } from '@hoicho/platform';
import { ApplicationFormDto } from '../dto/application-view.dto';
import { ApplicationSettingsService } from '../settings/application-settings.service';
import { ProducerFairs } from './producer-fairs';

/** What a producer needs to apply to a fair: zones, booth types, programmes, deposit rule. */
@Injectable()
export class ApplicationFormService {
  constructor(
    private readonly fairs: ProducerFairs,
    private readonly settings: ApplicationSettingsService,
    private readonly documents: DocumentRequirements,
  ) {}

  async form(user: AuthUser, fairId: string): Promise<ApplicationFormDto> {
    const { fair, plan, programmes } = await this.fairs.load(fairId);
    const { depositPercent } = await this.settings.get(fairId);
    const firstDay = fair.days[0]?.date ?? null;
    const required = fair.requiredDocumentKinds;
    const missing =
      user.producerId && firstDay
        ? new Set(await this.documents.missing(user.producerId, required, firstDay))
        : new Set(required);
    return {
      fairId: fair.id,
      nameVi: fair.nameVi,
      nameEn: fair.nameEn,
      applicationsOpenAt: fair.applicationsOpenAt,
      applicationsCloseAt: fair.applicationsCloseAt,
      withdrawalDeadline: fair.withdrawalDeadline,
      depositPercent,
      zones: [...plan.zonesById.values()].map(({ code, nameVi, nameEn }) => ({
        code,
        nameVi,
        nameEn,
      })),
      boothTypes: [...plan.typesById.values()].map(
        ({ code, nameVi, nameEn, widthM, depthM, price }) => ({
          code,
          nameVi,
          nameEn,
          widthM,
          depthM,
          price,
        }),
      ),
      supportProgrammes: programmes.map((p) => ({
        id: p.id,
        nameVi: p.nameVi,
        nameEn: p.nameEn,
        ratePercent: p.ratePercent,
        maxBoothsPerProducer: p.maxBoothsPerProducer,
        capPerBooth: p.capPerBooth,
        capPerProducer: p.capPerProducer,
        requireRecognisedCraftVillage: p.requireRecognisedCraftVillage,
        minOcopStars: p.minOcopStars,
        allowedLegalForms: p.allowedLegalForms,
      })),
      requiredDocuments: required.map((kind) => ({
        kind,
        labelVi: DOCUMENT_KIND_LABELS[kind].vi,
        labelEn: DOCUMENT_KIND_LABELS[kind].en,
        missing: missing.has(kind),
      })),
      documentsValidOn: firstDay,
    };
  }
}
