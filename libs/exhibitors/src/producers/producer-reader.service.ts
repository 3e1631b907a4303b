import { Injectable } from '@nestjs/common';
import { AppError } from '@hoicho/platform';
import { DataSource, In } from 'typeorm';
import { Commune } from '../reference/commune.entity';
import { Province } from '../reference/province.entity';
import { CraftVillage } from '../villages/craft-village.entity';
import { ProducerDto, ProducerSummaryDto } from './dto/producer-view.dto';
import { ProducerContact } from './producer-contact.entity';
import { Producer } from './producer.entity';
import { toProducerDto, toProducerSummary } from './producer.view';

/** Producers as the API shows them, with their village, address names and contacts. */
@Injectable()
export class ProducerReader {
  constructor(private readonly dataSource: DataSource) {}

  async entity(id: string): Promise<Producer> {
    const producer = await this.dataSource.getRepository(Producer).findOneBy({ id });
    if (!producer) throw AppError.notFound('Producer');
    return producer;
  }

  async detail(id: string): Promise<ProducerDto> {
    const producer = await this.entity(id);
    const find = <T extends object>(entity: new () => T, where: object | null) =>
      where ? this.dataSource.getRepository(entity).findOneBy(where) : Promise.resolve(null);
    const [village, province, commune, contacts] = await Promise.all([
      find(CraftVillage, producer.craftVillageId ? { id: producer.craftVillageId } : null),
      find(Province, producer.provinceCode ? { code: producer.provinceCode } : null),
      find(Commune, producer.communeCode ? { code: producer.communeCode } : null),
      this.dataSource
        .getRepository(ProducerContact)
        .find({ where: { producerId: id }, order: { position: 'ASC' } }),
    ]);
    return toProducerDto(producer, { village, province, commune, contacts });
  }

  /** Summaries in the order of `ids`; unknown ids are left out. */
  async summaries(ids: string[]): Promise<ProducerSummaryDto[]> {
    if (ids.length === 0) return [];
    const producers = await this.dataSource.getRepository(Producer).findBy({ id: In(ids) });
    const villageIds = [...new Set(producers.map((p) => p.craftVillageId).filter(Boolean))];
    const villages = villageIds.length
      ? await this.dataSource.getRepository(CraftVillage).findBy({ id: In(villageIds as string[]) })
      : [];
    const villageById = new Map(villages.map((v) => [v.id, v]));
    const byId = new Map(producers.map((p) => [p.id, p]));
    return ids
      .filter((id) => byId.has(id))
      .map((id) => {
        const p = byId.get(id)!;
        return toProducerSummary(p, p.craftVillageId ? villageById.get(p.craftVillageId)! : null);
      });
  }
}
