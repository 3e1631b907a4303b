import { Injectable } from '@nestjs/common';
import { OrganisingBodiesService } from '@hoicho/accounts';
import {
  CatalogueService,
  LEGAL_FORM_LABELS,
  LegalForm,
  ReferenceDataService,
} from '@hoicho/exhibitors';
import { FairsService } from '@hoicho/fairs';
import { AuthUser, Clock } from '@hoicho/platform';
import { vietnamDateOf } from '@hoicho/platform/domain';
import {
  bestOcop,
  DossierBeneficiary,
  identifierKind,
  programmeTotals,
  SupportDossier,
} from './support-dossier';
import { SupportDossierRepository } from './support-dossier.repository';

/**
 * Gathers a fair's support dossier for its organisers: each programme with its budget, and each
 * application holding a grant from it with the producer's identifier and place (from the
 * exhibitors area, today's profile) and the eligibility facts the review used (the snapshot
 * taken at submission: legal form, village, OCOP ratings).
 */
@Injectable()
export class SupportDossierService {
  constructor(
    private readonly fairs: FairsService,
    private readonly bodies: OrganisingBodiesService,
    private readonly catalogue: CatalogueService,
    private readonly reference: ReferenceDataService,
    private readonly rows: SupportDossierRepository,
    private readonly clock: Clock,
  ) {}

  async build(user: AuthUser, fairId: string): Promise<SupportDossier> {
    const fair = await this.fairs.getFairForUser(user, fairId);
    const body = await this.bodies.get(fair.organisingBodyId);
    const programmes = await this.fairs.getSupportProgrammes(fairId);
    const applications = await this.rows.beneficiaries(fairId);
    const producers = new Map(
      (await this.catalogue.producers([...new Set(applications.map((a) => a.producerId))])).map(
        (p) => [p.id, p],
      ),
    );
    const places = await this.reference.placeNames(
      [...producers.values()].map((p) => p.communeCode).filter((c): c is string => c !== null),
    );
    const firstDay = fair.days[0]?.date ?? null;
    const beneficiary = (row: (typeof applications)[number]): DossierBeneficiary => {
      const producer = producers.get(row.producerId);
      const place = producer?.communeCode ? places.get(producer.communeCode) : undefined;
      const taxCode = producer?.taxCode ?? null;
      return {
        reference: row.reference,
        producerName: row.producerName,
        legalForm: row.legalForm ? LEGAL_FORM_LABELS[row.legalForm as LegalForm].vi : '',
        identifier: taxCode ?? '',
        identifierKind: identifierKind(taxCode),
        craftVillage: row.craftVillage,
        villageRecognised: row.craftVillageRecognised,
        commune: place?.commune ?? null,
        province: place?.province ?? null,
        ocop: bestOcop(row.ocopRatings ?? [], firstDay),
        booths: row.booths,
        subsidisedBooths: row.subsidisedBooths,
        fee: BigInt(row.fee ?? '0'),
        subsidy: BigInt(row.grantHeld),
      };
    };
    return {
      fairName: fair.nameVi,
      bodyName: body.nameVi,
      firstDay,
      lastDay: fair.days.at(-1)?.date ?? null,
      issuedOn: vietnamDateOf(this.clock.now()),
      programmes: programmes.map((p) => {
        const programme = {
          nameVi: p.nameVi,
          ratePercent: p.ratePercent,
          maxBoothsPerProducer: p.maxBoothsPerProducer,
          totalBudget: BigInt(p.totalBudget),
          budgetUsed: BigInt(p.budgetUsed),
          beneficiaries: applications.filter((a) => a.supportProgrammeId === p.id).map(beneficiary),
        };
        return { ...programme, totals: programmeTotals(programme) };
      }),
    };
  }
}
