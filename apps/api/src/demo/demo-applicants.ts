import { DemoApplicant } from '@hoicho/applications';
import { SeededAccounts } from './demo-accounts';
import { DemoFair } from './demo-fair';
import { STANDARD } from './demo-fair-data';
import { DemoProducer } from './demo-producer-data';
import { DemoCatalogue } from './demo-producers';
import { DEMO_VILLAGES } from './demo-village-data';

/**
 * What each producer asks for. The applications service assigns outcomes in turn, so the
 * villages are interleaved to spread approvals, refusals and drafts over every zone.
 */
export function demoApplicants(
  producers: SeededAccounts['producers'],
  catalogues: DemoCatalogue[],
  fair: DemoFair,
): DemoApplicant[] {
  const byVillage = new Map<string, number[]>();
  producers.forEach((row, i) => {
    const list = byVillage.get(row.spec.village) ?? [];
    byVillage.set(row.spec.village, [...list, i]);
  });
  const order: number[] = [];
  const queues = [...byVillage.values()].map((list) => [...list]);
  while (queues.some((q) => q.length > 0)) {
    for (const q of queues) if (q.length > 0) order.push(q.shift()!);
  }
  return order.map((i) => {
    const { spec, member } = producers[i];
    const catalogue = catalogues[i];
    const village = byVillage.get(spec.village)!;
    return {
      member,
      boothTypes: spec.types ?? [STANDARD],
      zones: [DEMO_VILLAGES[spec.village].zone],
      boothsWanted: spec.booths ?? 1,
      wantsCorner: spec.corner ?? false,
      productIds: catalogue.productIds,
      // Producers of a village like to stand by its first (usually the cooperative).
      nearProducerIds:
        village.length >= 3 && village[0] !== i ? [producers[village[0]].producerId] : [],
      supportProgrammeId: programmeFor(spec, catalogue, fair, i),
    };
  });
}

/** OCOP holders claim the OCOP programme (an expired one will not count); others khuyến công. */
function programmeFor(
  spec: DemoProducer,
  catalogue: DemoCatalogue,
  fair: DemoFair,
  index: number,
): string | null {
  if (catalogue.ocopRated) return fair.programmes.ocop;
  if (spec.legalForm !== 'enterprise' || index % 2 === 0) return fair.programmes.khuyenCong;
  return null;
}
