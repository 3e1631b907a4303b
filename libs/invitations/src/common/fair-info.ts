import { Injectable } from '@nestjs/common';
import { AuthUser } from '@hoicho/platform';
import { FairDto, FairsService } from '@hoicho/fairs';
import { hcmLocalToUtc } from '@hoicho/platform/domain';
import { type FairOpeningDay, type VisitorLanguage } from '../domain';
import { fairHasNoDays } from '../invitations.errors';

/** What invitations need of a fair, read through FairsService (never the fairs tables). */
export interface FairInfo {
  id: string;
  organisingBodyId: string;
  status: string;
  names: Record<VisitorLanguage, string>;
  venueName: string;
  venueAddress: string;
  mapUrl: string;
  /** Sorted by date; hours are Hà Nội wall clock. */
  days: FairOpeningDay[];
  /** First opening and last closing as instants; null while the fair has no days. */
  startsAt: Date | null;
  endsAt: Date | null;
}

export function mapUrlFor(venueName: string, venueAddress: string): string {
  return `https://www.google.com/maps/search/?api=1&query=${encodeURIComponent(`${venueName}, ${venueAddress}`)}`;
}

export function toFairInfo(fair: FairDto): FairInfo {
  const days = [...fair.days]
    .sort((a, b) => a.date.localeCompare(b.date))
    .map((d) => ({ date: d.date, opens: d.opens, closes: d.closes }));
  const first = days[0];
  const last = days[days.length - 1];
  return {
    id: fair.id,
    organisingBodyId: fair.organisingBodyId,
    status: fair.status,
    names: { vi: fair.nameVi, en: fair.nameEn ?? fair.nameVi },
    venueName: fair.venueName,
    venueAddress: fair.venueAddress,
    mapUrl: mapUrlFor(fair.venueName, fair.venueAddress),
    days,
    startsAt: first ? hcmLocalToUtc(first.date, first.opens) : null,
    endsAt: last ? hcmLocalToUtc(last.date, last.closes) : null,
  };
}

const WEEKDAY: Record<VisitorLanguage, Intl.DateTimeFormat> = {
  vi: new Intl.DateTimeFormat('vi-VN', { weekday: 'long', timeZone: 'UTC' }),
  en: new Intl.DateTimeFormat('en-GB', { weekday: 'long', timeZone: 'UTC' }),
};

/** "Chủ Nhật, 10/10/2027: 08:00–21:00" / "Sunday, 10/10/2027: 08:00–21:00". */
export function dateLines(days: readonly FairOpeningDay[], language: VisitorLanguage): string[] {
  return days.map((day) => {
    const [y, m, d] = day.date.split('-');
    const weekday = WEEKDAY[language].format(new Date(`${day.date}T00:00:00Z`));
    const label = weekday.charAt(0).toLocaleUpperCase(language) + weekday.slice(1);
    return `${label}, ${d}/${m}/${y}: ${day.opens}–${day.closes}`;
  });
}

/** "10/10/2027 – 12/10/2027" for placeholders. */
export function dateRange(days: readonly FairOpeningDay[]): string {
  if (days.length === 0) return '';
  const format = (date: string) => date.split('-').reverse().join('/');
  const first = format(days[0].date);
  const last = format(days[days.length - 1].date);
  return first === last ? first : `${first} – ${last}`;
}

@Injectable()
export class FairDirectory {
  constructor(private readonly fairs: FairsService) {}

  /** The fair if the caller's body runs it; 404 otherwise. */
  async forUser(user: AuthUser, fairId: string): Promise<FairInfo> {
    return toFairInfo(await this.fairs.getFairForUser(user, fairId));
  }

  async get(fairId: string): Promise<FairInfo> {
    return toFairInfo(await this.fairs.getFair(fairId));
  }
}

/** A fair that invitations can be sent for: it has opening days. */
export function requireDays(fair: FairInfo): FairInfo & { startsAt: Date; endsAt: Date } {
  if (!fair.startsAt || !fair.endsAt) throw fairHasNoDays();
  return fair as FairInfo & { startsAt: Date; endsAt: Date };
}
