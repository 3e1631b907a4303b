import { Injectable } from '@nestjs/common';
import { AppError } from '@hoicho/platform';
import { ReferenceDataRepository } from '../reference/reference-data.repository';
import { CraftVillageRepository } from '../villages/craft-village.repository';
import { ProducerDto, ProducerSummaryDto } from './dto/producer-view.dto';
import { ProducerContactRepository } from './producer-contact.repository';
import { Producer } from './producer.entity';
import { ProducerRepository } from './producer.repository';
import { toProducerDto, toProducerSummary, toPublicProducerDto } from './producer.view';

/** Producers as the API shows them, with their village, address names and contacts. */
@Injectable()
export class ProducerReader {
  constructor(
    private readonly producers: ProducerRepository,
    private readonly contacts: ProducerContactRepository,
    private readonly villages: CraftVillageRepository,
    private readonly reference: ReferenceDataRepository,
  ) {}

  async entity(id: string): Promise<Producer> {
    const producer = await this.producers.findById(id);
    if (!producer) throw AppError.notFound('Producer');
    return producer;
  }

  async detail(id: string): Promise<ProducerDto> {
    const producer = await this.entity(id);
    const [village, province, commune, contacts] = await Promise.all([
      producer.craftVillageId ? this.villages.findById(producer.craftVillageId) : null,
      producer.provinceCode ? this.reference.province(producer.provinceCode) : null,
      producer.communeCode ? this.reference.commune(producer.communeCode) : null,
      this.contacts.ofProducer(id),
    ]);
    return toProducerDto(producer, { village, province, commune, contacts });
  }

  /** The profile without its private details (tax code, address, contacts). */
  async publicDetail(id: string): Promise<ProducerDto> {
    const producer = await this.entity(id);
    const village = producer.craftVillageId
      ? await this.villages.findById(producer.craftVillageId)
      : null;
    return toPublicProducerDto(producer, village);
  }

  /** Summaries in the order of `ids`; unknown ids are left out. */
  async summaries(ids: string[]): Promise<ProducerSummaryDto[]> {
    const producers = await this.producers.byIds(ids);
    const villageIds = [
      ...new Set(producers.map((p) => p.craftVillageId).filter((id) => id !== null)),
    ];
    const villageById = new Map((await this.villages.byIds(villageIds)).map((v) => [v.id, v]));
    const byId = new Map(producers.map((p) => [p.id, p]));
    return ids
      .filter((id) => byId.has(id))
      .map((id) => {
        const p = byId.get(id)!;
        return toProducerSummary(p, p.craftVillageId ? villageById.get(p.craftVillageId)! : null);
      });
  }
}
