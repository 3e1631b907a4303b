import { SupportProgrammeDto } from '@hoicho/fairs';
import { CalendarDate } from '@hoicho/platform/domain';
import {
  calculateFee,
  checkEligibility,
  EligibilityRules,
  FeeBreakdown,
  SupportTerms,
  UnmetCondition,
} from '../domain';
import { Application, FeeDetail } from '../entities/application.entity';
import { PlanIndex } from '../views/fair-context';

export interface Quote {
  breakdown: FeeBreakdown;
  detail: FeeDetail;
  /** The programme the subsidy comes from, when one is claimed and its conditions are met. */
  programmeId: string | null;
}

/** What pricing reads of an application: a saved one, or a form's wishes not yet saved. */
export type PricedApplication = Pick<
  Application,
  'id' | 'boothsWanted' | 'boothTypeIds' | 'legalForm' | 'craftVillageRecognised' | 'ocopRatings'
>;

/** A programme's conditions for this application's producer and exhibited products. */
export function unmetConditions(
  app: PricedApplication,
  programme: SupportProgrammeDto,
  onDate: CalendarDate,
): { code: string; message: string }[] {
  const rules: EligibilityRules = {
    requireRecognisedCraftVillage: programme.requireRecognisedCraftVillage,
    ...(programme.minOcopStars !== null ? { minOcopStars: programme.minOcopStars } : {}),
  };
  const unmet: { code: string; message: string }[] = [];
  if (programme.allowedLegalForms.length > 0) {
    if (app.legalForm === null) {
      unmet.push({
        code: 'legal_form_unknown',
        message: `The programme is open to ${programme.allowedLegalForms.join(', ')}; the producer’s legal form is not on file`,
      });
    } else {
      rules.allowedLegalForms = programme.allowedLegalForms;
    }
  }
  const result = checkEligibility(
    rules,
    {
      legalForm: app.legalForm ?? 'enterprise',
      fromRecognisedCraftVillage: app.craftVillageRecognised,
      exhibitedOcopRatings: app.ocopRatings,
    },
    onDate,
  );
  return [...unmet, ...result.unmet.map((u: UnmetCondition) => ({ ...u }))];
}

/**
 * The fee of an approval: the applicant's first accepted booth type (its own first choice)
 * times the booths wanted, or, once booths are allocated, each allocated booth at its own
 * type's price (`booths`: one type code per booth, e.g. a corner booth's type); then the
 * claimed programme's share with its caps, limited by what is left of the programme's budget,
 * and the deposit.
 */
export function quoteFee(input: {
  app: PricedApplication;
  plan: PlanIndex;
  programme: SupportProgrammeDto | null;
  remainingBudget: bigint;
  depositPercent: number;
  onDate: CalendarDate;
  booths?: readonly string[];
}): Quote {
  const { app, plan, programme } = input;
  const detailLines = input.booths ? linesOfBooths(plan, input.booths) : [firstChoice(app, plan)];
  const lines = detailLines.map((l) => ({
    boothType: l.boothType,
    unitPrice: BigInt(l.unitPrice),
    count: l.count,
  }));
  const unmet = programme ? unmetConditions(app, programme, input.onDate) : [];
  const eligible = programme !== null && unmet.length === 0;
  const terms: SupportTerms | null = programme
    ? {
        ratePercent: programme.ratePercent,
        ...(programme.maxBoothsPerProducer !== null
          ? { maxBooths: programme.maxBoothsPerProducer }
          : {}),
        ...(programme.capPerBooth !== null ? { capPerBooth: BigInt(programme.capPerBooth) } : {}),
        ...(programme.capPerProducer !== null
          ? { capPerProducer: BigInt(programme.capPerProducer) }
          : {}),
      }
    : null;
  const breakdown = calculateFee({
    lines,
    ...(eligible && terms ? { support: { terms, remainingBudget: input.remainingBudget } } : {}),
    depositPercent: input.depositPercent,
  });
  return {
    breakdown,
    programmeId: eligible && programme ? programme.id : null,
    detail: {
      lines: detailLines,
      depositPercent: input.depositPercent,
      subsidisedBooths: breakdown.subsidisedBooths,
      subsidyByTerms: breakdown.subsidyByTerms.toString(),
      programme: programme
        ? {
            id: programme.id,
            nameVi: programme.nameVi,
            nameEn: programme.nameEn,
            ratePercent: programme.ratePercent,
          }
        : null,
      unmet,
      balance: breakdown.balance.toString(),
    },
  };
}

type DetailLine = FeeDetail['lines'][number];

function firstChoice(app: PricedApplication, plan: PlanIndex): DetailLine {
  const typeId = app.boothTypeIds[0];
  const type = plan.typesById.get(typeId);
  if (!type) throw new Error(`booth type ${typeId} of application ${app.id} is not in the plan`);
  return {
    boothTypeId: type.id,
    boothType: type.code,
    unitPrice: type.price,
    count: app.boothsWanted,
  };
}

/** One line per booth type among the allocated booths, in the order the types first appear. */
function linesOfBooths(plan: PlanIndex, typeCodes: readonly string[]): DetailLine[] {
  const lines = new Map<string, DetailLine>();
  for (const code of typeCodes) {
    const line = lines.get(code);
    if (line) {
      line.count++;
      continue;
    }
    const type = plan.typesByCode.get(code);
    if (!type) throw new Error(`booth type ${code} is not in the plan`);
    lines.set(code, {
      boothTypeId: type.id,
      boothType: type.code,
      unitPrice: type.price,
      count: 1,
    });
  }
  return [...lines.values()];
}
