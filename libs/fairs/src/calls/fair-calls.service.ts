import { Injectable } from '@nestjs/common';
import { AppError, Clock } from '@hoicho/platform';
import { formatInstant } from '@hoicho/platform/domain';
import { toDayDto } from '../fairs/fair.view';
import { FairCallDto } from './dto/fair-call.dto';
import { CallRow, OpenFairsRepository } from './open-fairs.repository';

/** Calls for applications, public: how producers find a fair without knowing its id. */
@Injectable()
export class FairCallsService {
  constructor(
    private readonly fairs: OpenFairsRepository,
    private readonly clock: Clock,
  ) {}

  async listOpen(): Promise<FairCallDto[]> {
    const now = this.clock.now();
    return (await this.fairs.listOpen(now)).map((row) => toCall(row, now));
  }

  async get(fairId: string): Promise<FairCallDto> {
    const row = await this.fairs.findPublished(fairId);
    if (!row) throw AppError.notFound('Fair');
    return toCall(row, this.clock.now());
  }
}

function toCall({ fair, days, boothTypes, programmes }: CallRow, now: Date): FairCallDto {
  return {
    id: fair.id,
    nameVi: fair.nameVi,
    nameEn: fair.nameEn,
    venueName: fair.venueName,
    venueAddress: fair.venueAddress,
    days: days.map(toDayDto),
    applicationsOpenAt: formatInstant(fair.applicationsOpenAt),
    applicationsCloseAt: formatInstant(fair.applicationsCloseAt),
    status: fair.status,
    acceptingApplications:
      fair.status === 'open' && fair.applicationsOpenAt <= now && now < fair.applicationsCloseAt,
    boothTypes: boothTypes.map(({ code, nameVi, nameEn, widthM, depthM, price }) => ({
      code,
      nameVi,
      nameEn,
      widthM,
      depthM,
      price,
    })),
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
    })),
  };
}
