import { Injectable } from '@nestjs/common';
import { OrganisingBodiesService } from '@hoicho/accounts';
import { dateLines } from '../common/fair-info';
import type { VisitorLanguage } from '../domain';
import { REGISTRATION_MAX_GUESTS, RegistrationService } from '../rsvp/registration.service';

export interface FairPageData {
  fair: { id: string; name: string; venueName: string; venueAddress: string; mapUrl: string };
  dateLines: string[];
  organiser: string;
  /** Whether the fair still takes sign-ups. */
  open: boolean;
  maxGuests: number;
}

/** What the fair's public page shows, in the page's language; 404 for a fair not announced. */
@Injectable()
export class FairPageService {
  constructor(
    private readonly registrations: RegistrationService,
    private readonly bodies: OrganisingBodiesService,
  ) {}

  async page(fairId: string, lang: VisitorLanguage): Promise<FairPageData> {
    const { fair, open } = await this.registrations.announcedFair(fairId);
    const body = await this.bodies.get(fair.organisingBodyId);
    return {
      fair: {
        id: fair.id,
        name: fair.names[lang],
        venueName: fair.venueName,
        venueAddress: fair.venueAddress,
        mapUrl: fair.mapUrl,
      },
      dateLines: dateLines(fair.days, lang),
      organiser: lang === 'en' ? (body.nameEn ?? body.nameVi) : body.nameVi,
      open,
      maxGuests: REGISTRATION_MAX_GUESTS,
    };
  }
}
