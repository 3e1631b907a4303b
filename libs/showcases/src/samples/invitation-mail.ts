import { Inject, Injectable } from '@nestjs/common';
import { FairDto } from '@hoicho/fairs';
import { appLinks, OutboxService } from '@hoicho/notifications';
import { APP_CONFIG, AppConfig, Tx } from '@hoicho/platform';
import { pick } from '../common/lang';
import { Showcase } from '../showcases/showcase.entity';
import { ProducerDirectory } from './producer-directory';
import { ShowcaseSample } from './showcase-sample.entity';

/**
 * An invitation into a showcase mailed to every active member of the invited producer, in the
 * member's locale, through the outbox in the invitation's transaction (one per entry and member):
 * the producer has to answer it, and would otherwise learn of it only by opening its screen.
 */
@Injectable()
export class InvitationMail {
  constructor(
    private readonly directory: ProducerDirectory,
    private readonly outbox: OutboxService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async record(tx: Tx, fair: FairDto, showcase: Showcase, sample: ShowcaseSample): Promise<void> {
    const names = await this.directory.names([sample]);
    const producer = names.producers.get(sample.producerId);
    const product = names.products.get(sample.productId);
    for (const member of await this.directory.members(sample.producerId)) {
      const lang = member.locale;
      await this.outbox.record(tx, {
        template: 'showcase.sample-invited',
        to: member.email,
        locale: lang,
        organisingBodyId: fair.organisingBodyId,
        dedupeKey: `showcase-sample:${sample.id}:invite:${member.id}`,
        data: {
          fullName: member.fullName,
          producerName: pick(lang, producer?.legalNameVi ?? '', producer?.legalNameEn),
          productName: pick(lang, product?.nameVi ?? '', product?.nameEn),
          fairName: pick(lang, fair.nameVi, fair.nameEn),
          showcaseTitle: pick(lang, showcase.titleVi, showcase.titleEn),
          startsOn: showcase.startsOn,
          endsOn: showcase.endsOn,
          quantity: sample.quantity,
          declaredValue: sample.declaredValue,
          note: sample.note,
          samplesUrl: appLinks.samples(this.config.publicUrl),
        },
      });
    }
  }
}
