import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig, Clock } from '@hoicho/platform';
import { PublicFairsService } from '../catalogue/public-fairs.service';
import { DEFAULT_INQUIRY_GUARD, issueFormToken } from '../domain';
import { HONEYPOT_FIELD, InquiryFormDto } from './dto/inquiry.dto';

/** The inquiry form of a public fair: a signed token stating when it was served. */
@Injectable()
export class InquiryFormService {
  constructor(
    private readonly fairs: PublicFairsService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async form(fairId: string): Promise<InquiryFormDto> {
    await this.fairs.publicFair(fairId);
    return {
      token: issueFormToken(this.config.secret, this.clock.now()),
      honeypotField: HONEYPOT_FIELD,
      minSeconds: DEFAULT_INQUIRY_GUARD.minAgeSeconds,
      expiresInMinutes: DEFAULT_INQUIRY_GUARD.maxAgeMinutes,
    };
  }
}
