import { Inject, Injectable } from '@nestjs/common';
import { FairDto } from '@hoicho/fairs';
import { appLinks, OutboxService } from '@hoicho/notifications';
import { APP_CONFIG, AppConfig, Tx } from '@hoicho/platform';
import { pick } from '../common/lang';
import { CustodyEvent } from '../domain';
import { Showcase } from '../showcases/showcase.entity';
import { ProducerDirectory } from './producer-directory';
import { ShowcaseSample } from './showcase-sample.entity';

/** A custody step the producer hears about, with the facts recorded in its trail event. */
export interface CustodyNews {
  fair: FairDto;
  showcase: Showcase;
  sample: ShowcaseSample;
  event: CustodyEvent;
  details: Record<string, string>;
}

/**
 * Receipt, return and cancellation mailed to every active member of the sample's producer, each
 * in the member's locale, through the outbox in the step's transaction (one per event and member).
 */
@Injectable()
export class CustodyMail {
  constructor(
    private readonly directory: ProducerDirectory,
    private readonly outbox: OutboxService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async record(tx: Tx, { fair, showcase, sample, event, details }: CustodyNews): Promise<void> {
    const names = await this.directory.names([sample]);
    const producer = names.producers.get(sample.producerId);
    const product = names.products.get(sample.productId);
    for (const member of await this.directory.members(sample.producerId)) {
      const lang = member.locale;
      const common = {
        fullName: member.fullName,
        producerName: pick(lang, producer?.legalNameVi ?? '', producer?.legalNameEn),
        productName: pick(lang, product?.nameVi ?? '', product?.nameEn),
        fairName: pick(lang, fair.nameVi, fair.nameEn),
        showcaseTitle: pick(lang, showcase.titleVi, showcase.titleEn),
        labelCode: sample.labelCode!,
        quantity: sample.quantity,
        at: event.at.toISOString(),
        samplesUrl: appLinks.samples(this.config.publicUrl),
      };
      const key = `showcase-sample:${sample.id}:${event.type}:${member.id}`;
      if (event.type === 'receive') {
        await this.outbox.record(tx, {
          template: 'showcase.sample-received',
          to: member.email,
          locale: lang,
          organisingBodyId: fair.organisingBodyId,
          dedupeKey: key,
          data: {
            ...common,
            receivedBy: details.by,
            condition: details.condition as 'good' | 'minor_defects' | 'damaged',
            note: details.note ?? null,
          },
        });
      } else if (event.type === 'cancel') {
        await this.outbox.record(tx, {
          template: 'showcase.sample-cancelled',
          to: member.email,
          locale: lang,
          organisingBodyId: fair.organisingBodyId,
          dedupeKey: key,
          data: { ...common, note: details.note },
        });
      } else {
        await this.outbox.record(tx, {
          template: 'showcase.sample-returned',
          to: member.email,
          locale: lang,
          organisingBodyId: fair.organisingBodyId,
          dedupeKey: key,
          data: { ...common, signedOffBy: details.signedOffBy },
        });
      }
    }
  }
}
