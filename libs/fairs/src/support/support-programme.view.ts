import { SupportProgrammeDto } from './dto/support-programme.dto';
import { SupportProgramme } from './support-programme.entity';
import { moneyOut } from '@hoicho/platform';

export function toSupportProgrammeDto(p: SupportProgramme): SupportProgrammeDto {
  return {
    id: p.id,
    fairId: p.fairId,
    nameVi: p.nameVi,
    nameEn: p.nameEn,
    ratePercent: p.ratePercent,
    maxBoothsPerProducer: p.maxBoothsPerProducer,
    capPerBooth: moneyOut(p.capPerBooth),
    capPerProducer: moneyOut(p.capPerProducer),
    totalBudget: moneyOut(p.totalBudget)!,
    budgetUsed: moneyOut(p.budgetUsed)!,
    budgetRemaining: (BigInt(p.totalBudget) - BigInt(p.budgetUsed)).toString(),
    requireRecognisedCraftVillage: p.requireRecognisedCraftVillage,
    minOcopStars: p.minOcopStars,
    allowedLegalForms: p.allowedLegalForms,
    createdAt: p.createdAt,
    updatedAt: p.updatedAt,
  };
}
