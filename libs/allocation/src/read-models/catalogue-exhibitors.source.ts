import { Injectable } from '@nestjs/common';
import { ApplicationReadsRepository } from '@hoicho/applications';
import { BoothCodesReader } from '@hoicho/fairs';
import { FairExhibitor, FairExhibitorSource } from '@hoicho/showcases';
import { BoothAssignmentsReader } from './booth-assignments.reader';

/**
 * Who exhibits at a fair, for the showcases' public catalogue: producers with an approved
 * application, and whoever the published booth assignments name (an application that left the
 * approved state keeps its booth until the next publication), with the codes of their booths.
 * Applications and fairs answer through their readers; the assignments are allocation's own.
 */
@Injectable()
export class CatalogueExhibitorsSource implements FairExhibitorSource {
  constructor(
    private readonly applicants: ApplicationReadsRepository,
    private readonly assignments: BoothAssignmentsReader,
    private readonly booths: BoothCodesReader,
  ) {}

  async exhibitorsOf(fairId: string): Promise<FairExhibitor[]> {
    const [approved, assigned] = await Promise.all([
      this.applicants.approvedProducerIds(fairId),
      this.assignments.ofFair(fairId),
    ]);
    const [owners, codes] = await Promise.all([
      this.applicants.producersOf(
        fairId,
        assigned.map((a) => a.applicationId),
      ),
      this.booths.codes(
        fairId,
        assigned.map((a) => a.boothId),
      ),
    ]);
    const producerOf = new Map(owners.map((o) => [o.applicationId, o.producerId]));
    const ownerOfBooth = new Map(assigned.map((a) => [a.boothId, producerOf.get(a.applicationId)]));
    const boothsOf = new Map<string, Set<string>>();
    for (const producerId of [...approved, ...ownerOfBooth.values()]) {
      if (producerId && !boothsOf.has(producerId)) boothsOf.set(producerId, new Set());
    }
    // The codes come sorted from the fairs' reader; each producer's list keeps that order.
    for (const { boothId, code } of codes) {
      const producerId = ownerOfBooth.get(boothId);
      if (producerId) boothsOf.get(producerId)!.add(code);
    }
    return [...boothsOf].map(([producerId, boothCodes]) => ({
      producerId,
      boothCodes: [...boothCodes],
    }));
  }
}
