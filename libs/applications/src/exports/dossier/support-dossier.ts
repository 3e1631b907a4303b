/**
 * The support-programme dossier (hồ sơ quyết toán hỗ trợ): what the industrial-promotion centre
 * files for each programme of a fair. Pure: the service gathers the facts, the XLSX and PDF
 * writers lay out what this builds. Money is whole đồng as bigint.
 */

export interface DossierOcop {
  stars: number;
  expiresOn: string;
}

export interface DossierBeneficiary {
  reference: string;
  producerName: string;
  legalForm: string;
  /** Tax code, or the owner's 12-digit CCCD for a household business. */
  identifier: string;
  identifierKind: 'tax_code' | 'cccd' | 'none';
  craftVillage: string | null;
  villageRecognised: boolean;
  commune: string | null;
  province: string | null;
  /** The best OCOP rating valid on the first day, if any. */
  ocop: DossierOcop | null;
  booths: number;
  subsidisedBooths: number;
  fee: bigint;
  subsidy: bigint;
}

export interface DossierProgramme {
  nameVi: string;
  ratePercent: number;
  maxBoothsPerProducer: number | null;
  totalBudget: bigint;
  budgetUsed: bigint;
  beneficiaries: DossierBeneficiary[];
}

export interface DossierTotals {
  beneficiaries: number;
  booths: number;
  subsidisedBooths: number;
  fee: bigint;
  subsidy: bigint;
  budgetLeft: bigint;
}

export interface SupportDossier {
  fairName: string;
  bodyName: string;
  firstDay: string | null;
  lastDay: string | null;
  /** When the dossier was drawn up (Hà Nội date). */
  issuedOn: string;
  programmes: (DossierProgramme & { totals: DossierTotals })[];
}

/** Totals of one programme: what its beneficiaries got, and what its budget has left. */
export function programmeTotals(programme: DossierProgramme): DossierTotals {
  const sum = (pick: (b: DossierBeneficiary) => bigint) =>
    programme.beneficiaries.reduce((total, b) => total + pick(b), 0n);
  return {
    beneficiaries: programme.beneficiaries.length,
    booths: programme.beneficiaries.reduce((n, b) => n + b.booths, 0),
    subsidisedBooths: programme.beneficiaries.reduce((n, b) => n + b.subsidisedBooths, 0),
    fee: sum((b) => b.fee),
    subsidy: sum((b) => b.subsidy),
    budgetLeft: programme.totalBudget - programme.budgetUsed,
  };
}

/** Whether an identifier is a CCCD (12 digits) or a tax code (10, or 10 + branch). */
export function identifierKind(taxCode: string | null): DossierBeneficiary['identifierKind'] {
  if (!taxCode) return 'none';
  return /^\d{12}$/.test(taxCode) ? 'cccd' : 'tax_code';
}

/** The best rating valid on `onDate` (most stars, then the latest expiry). */
export function bestOcop(
  ratings: readonly DossierOcop[],
  onDate: string | null,
): DossierOcop | null {
  const valid = ratings.filter((r) => onDate === null || onDate <= r.expiresOn);
  valid.sort((a, b) => b.stars - a.stars || b.expiresOn.localeCompare(a.expiresOn));
  return valid[0] ?? null;
}

/** 2026-10-09 → 09/10/2026. */
export const dmy = (iso: string | null): string => (iso ? iso.split('-').reverse().join('/') : '');

/** 4500000n → "4.500.000" (the đồng sign is in the column header). */
export const dong = (amount: bigint): string =>
  amount.toString().replace(/\B(?=(\d{3})+(?!\d))/g, '.');
