import { formatInstant, VIETNAM_TIME_ZONE } from '@hoicho/platform/domain';
import { nextFairStatuses } from '../domain';
import { FairDay } from './fair-day.entity';
import { Fair } from './fair.entity';
import { FairDayDto } from './dto/fair-day.dto';
import { FairDto } from './dto/fair-view.dto';

export function toDayDto(day: FairDay): FairDayDto {
  return { date: day.day, opens: day.opensAt.slice(0, 5), closes: day.closesAt.slice(0, 5) };
}

export function toFairDto(fair: Fair, days: readonly FairDay[]): FairDto {
  return {
    id: fair.id,
    organisingBodyId: fair.organisingBodyId,
    nameVi: fair.nameVi,
    nameEn: fair.nameEn,
    venueName: fair.venueName,
    venueAddress: fair.venueAddress,
    timeZone: VIETNAM_TIME_ZONE,
    days: days.map(toDayDto).sort((a, b) => a.date.localeCompare(b.date)),
    applicationsOpenAt: formatInstant(fair.applicationsOpenAt),
    applicationsCloseAt: formatInstant(fair.applicationsCloseAt),
    withdrawalDeadline: fair.withdrawalDeadline ? formatInstant(fair.withdrawalDeadline) : null,
    status: fair.status,
    requiredDocumentKinds: fair.requiredDocumentKinds ?? [],
    nextStatuses: [...nextFairStatuses(fair.status)],
    createdAt: fair.createdAt,
    updatedAt: fair.updatedAt,
  };
}
