import { Injectable } from '@nestjs/common';
import { FairDto } from '@hoicho/fairs';
import { bestValidOcopStars, OcopRating } from '@hoicho/exhibitors';
import { Clock, FieldIssue } from '@hoicho/platform';
import { applicationInvalid } from '../applications.errors';
import { UpdateApplicationDto } from '../dto/application-input.dto';
import { Application } from '../entities/application.entity';
import { ProducerDirectory } from '../producers/producer-directory.service';
import { firstDayOf } from '../views/fair-context';
import { FairForProducer } from './producer-fairs';

export type Wishes = Pick<
  Application,
  | 'boothsWanted'
  | 'boothTypeIds'
  | 'zoneIds'
  | 'wantsCorner'
  | 'nearProducerIds'
  | 'productIds'
  | 'needsPower'
  | 'needsWater'
  | 'needsNote'
  | 'supportProgrammeId'
>;

export type Snapshot = Pick<
  Application,
  | 'producerName'
  | 'legalForm'
  | 'craftVillage'
  | 'craftVillageRecognised'
  | 'craft'
  | 'ocopRatings'
  | 'ocopStars'
>;

/** What a producer writes into an application, checked against the fair and its catalogue. */
@Injectable()
export class ApplicationWishes {
  constructor(
    private readonly directory: ProducerDirectory,
    private readonly clock: Clock,
  ) {}

  /**
   * Turns the wishes sent into stored ids, checking each against the fair and the producer;
   * every problem is reported at once, naming its field (`zones.1`).
   */
  async resolve(
    producerId: string,
    dto: UpdateApplicationDto,
    ctx: FairForProducer,
  ): Promise<Partial<Wishes>> {
    const issues: FieldIssue[] = [];
    const out: Partial<Wishes> = {};
    if (dto.boothsWanted !== undefined) out.boothsWanted = dto.boothsWanted;
    if (dto.boothTypes !== undefined) {
      out.boothTypeIds = dto.boothTypes.map((code, i) => {
        const type = ctx.plan.typesByCode.get(code);
        if (!type) issues.push({ field: `boothTypes.${i}`, message: `no booth type "${code}"` });
        return type?.id ?? '';
      });
    }
    if (dto.zones !== undefined) {
      out.zoneIds = dto.zones.map((code, i) => {
        const zone = ctx.plan.zonesByCode.get(code);
        if (!zone) issues.push({ field: `zones.${i}`, message: `no zone "${code}"` });
        return zone?.id ?? '';
      });
    }
    if (dto.wantsCorner !== undefined) out.wantsCorner = dto.wantsCorner;
    if (dto.nearProducerIds !== undefined) {
      const found = await this.directory.existing(
        dto.nearProducerIds.filter((id) => id !== producerId),
      );
      dto.nearProducerIds.forEach((id, i) => {
        if (id === producerId) {
          issues.push({ field: `nearProducerIds.${i}`, message: 'is the applicant itself' });
        } else if (!found.has(id)) {
          issues.push({ field: `nearProducerIds.${i}`, message: 'is not a producer' });
        }
      });
      out.nearProducerIds = dto.nearProducerIds;
    }
    if (dto.productIds !== undefined) {
      const own = new Set(
        (await this.directory.products(producerId, dto.productIds)).map((p) => p.id),
      );
      dto.productIds.forEach((id, i) => {
        if (!own.has(id)) {
          issues.push({ field: `productIds.${i}`, message: 'is not in the producer’s catalogue' });
        }
      });
      out.productIds = dto.productIds;
    }
    if (dto.needs !== undefined) {
      out.needsPower = dto.needs?.power ?? false;
      out.needsWater = dto.needs?.water ?? false;
      out.needsNote = dto.needs?.note ?? null;
    }
    if (dto.supportProgrammeId !== undefined) {
      const id = dto.supportProgrammeId;
      if (id !== null && !ctx.programmes.some((p) => p.id === id)) {
        issues.push({ field: 'supportProgrammeId', message: 'is not a programme of this fair' });
      }
      out.supportProgrammeId = id;
    }
    if (issues.length > 0) throw applicationInvalid(issues);
    return out;
  }

  /** The producer's facts now, and the OCOP ratings of the products it will exhibit. */
  async snapshot(
    producerId: string,
    productIds: readonly string[],
    fair: FairDto,
  ): Promise<Snapshot> {
    const facts = await this.directory.facts(producerId);
    const products = productIds.length ? await this.directory.products(producerId, productIds) : [];
    const ocopRatings: OcopRating[] = products
      .map((p) => p.ocop)
      .filter((r): r is OcopRating => r !== null);
    return {
      producerName: facts.name,
      legalForm: facts.legalForm,
      craftVillage: facts.craftVillage,
      craftVillageRecognised: facts.craftVillageRecognised,
      craft: facts.craft,
      ocopRatings,
      ocopStars: bestValidOcopStars(ocopRatings, firstDayOf(fair, this.clock.now())),
    };
  }
}
