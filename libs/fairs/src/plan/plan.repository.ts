import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import * as domain from '../domain';
import { BoothNeighbour } from './booth-neighbour.entity';
import { BoothType } from './booth-type.entity';
import { Booth } from './booth.entity';
import { StoredPlan } from './stored-plan';
import { Zone } from './zone.entity';

/** The fields of a booth an edit may change (ids for zone and type). */
export type BoothFields = Pick<
  Booth,
  'code' | 'zoneId' | 'boothTypeId' | 'x' | 'y' | 'width' | 'height' | 'corner' | 'blocked'
>;

/** A booth's id and its code on the plan ("B-01"). */
export interface BoothCodeRow {
  boothId: string;
  code: string;
}

/**
 * Whole plans (`booths`, `booth_neighbours`, read with their zones and booth types). Entities
 * for reads and single rows; the bulk inserts are one `unnest` statement each, whatever the
 * number of booths (an import or a grid writes thousands).
 */
@Injectable()
export class PlanRepository {
  constructor(private readonly dataSource: DataSource) {}

  async load(fairId: string, manager?: EntityManager): Promise<StoredPlan> {
    const m = manager ?? this.dataSource.manager;
    // One after another: inside a transaction they share one connection.
    const order = { createdAt: 'ASC', code: 'ASC' } as const;
    const zones = await m.getRepository(Zone).find({ where: { fairId }, order });
    const types = await m.getRepository(BoothType).find({ where: { fairId }, order });
    const booths = await m.getRepository(Booth).find({ where: { fairId }, order: { code: 'ASC' } });
    const pairs = await m.getRepository(BoothNeighbour).findBy({ fairId });
    const neighbours = new Map<string, string[]>(booths.map((b) => [b.id, []]));
    for (const { boothA, boothB } of pairs) {
      neighbours.get(boothA)?.push(boothB);
      neighbours.get(boothB)?.push(boothA);
    }
    return { zones, types, booths, neighbours };
  }

  /**
   * Inserts validated booths and the neighbour pairs among them (and with `stored` booths).
   * Returns the id of every booth by code.
   */
  async insertBooths(
    manager: EntityManager,
    fairId: string,
    stored: StoredPlan,
    booths: readonly domain.Booth[],
  ): Promise<Map<string, string>> {
    const ids = new Map(stored.booths.map((b) => [b.code, b.id]));
    if (booths.length === 0) return ids;
    const zoneId = new Map(stored.zones.map((z) => [z.code, z.id]));
    const typeId = new Map(stored.types.map((t) => [t.code, t.id]));
    const rows: { id: string; code: string }[] = await manager.query(
      `INSERT INTO booths (fair_id, code, zone_id, booth_type_id, x, y, width, height, corner, blocked)
       SELECT $1::uuid, * FROM unnest($2::text[], $3::uuid[], $4::uuid[], $5::float8[], $6::float8[],
                                     $7::float8[], $8::float8[], $9::bool[], $10::bool[])
       RETURNING id, code`,
      [
        fairId,
        booths.map((b) => b.code),
        booths.map((b) => zoneId.get(b.zone)),
        booths.map((b) => typeId.get(b.type)),
        booths.map((b) => b.x),
        booths.map((b) => b.y),
        booths.map((b) => b.width),
        booths.map((b) => b.height),
        booths.map((b) => b.corner),
        booths.map((b) => b.blocked),
      ],
    );
    for (const row of rows) ids.set(row.code, row.id);
    await this.insertPairs(
      manager,
      fairId,
      booths.flatMap((b) => b.neighbours.map((n) => [ids.get(b.code)!, ids.get(n)!] as const)),
    );
    return ids;
  }

  /** Stores each pair once, smaller id first, as the table's CHECK demands. */
  async insertPairs(
    manager: EntityManager,
    fairId: string,
    pairs: readonly (readonly [string, string])[],
  ): Promise<void> {
    const unique = new Map<string, [string, string]>();
    for (const [a, b] of pairs) {
      const pair: [string, string] = a < b ? [a, b] : [b, a];
      unique.set(pair.join(' '), pair);
    }
    if (unique.size === 0) return;
    const ordered = [...unique.values()];
    await manager.query(
      `INSERT INTO booth_neighbours (fair_id, booth_a, booth_b)
       SELECT $1::uuid, * FROM unnest($2::uuid[], $3::uuid[])
       ON CONFLICT DO NOTHING`,
      [fairId, ordered.map((p) => p[0]), ordered.map((p) => p[1])],
    );
  }

  /** The booth's neighbours become `neighbourIds` (on both sides of each pair). */
  async replaceNeighbours(
    manager: EntityManager,
    fairId: string,
    boothId: string,
    neighbourIds: readonly string[],
  ): Promise<void> {
    await manager.getRepository(BoothNeighbour).delete({ fairId, boothA: boothId });
    await manager.getRepository(BoothNeighbour).delete({ fairId, boothB: boothId });
    await this.insertPairs(
      manager,
      fairId,
      neighbourIds.map((id) => [boothId, id] as const),
    );
  }

  async updateBooth(
    manager: EntityManager,
    fairId: string,
    boothId: string,
    fields: BoothFields,
  ): Promise<void> {
    await manager.getRepository(Booth).update({ fairId, id: boothId }, fields);
  }

  /** Whether there was such a booth (its neighbour pairs go with it). */
  async deleteBooth(manager: EntityManager, fairId: string, boothId: string): Promise<boolean> {
    const result = await manager.getRepository(Booth).delete({ fairId, id: boothId });
    return (result.affected ?? 0) > 0;
  }

  /** Removes every booth of the fair (their neighbour pairs go with them); returns how many. */
  async deleteBooths(manager: EntityManager, fairId: string): Promise<number> {
    const result = await manager.getRepository(Booth).delete({ fairId });
    return result.affected ?? 0;
  }

  countInZone(manager: EntityManager, fairId: string, zoneId: string): Promise<number> {
    return manager.getRepository(Booth).countBy({ fairId, zoneId });
  }

  countOfType(manager: EntityManager, fairId: string, boothTypeId: string): Promise<number> {
    return manager.getRepository(Booth).countBy({ fairId, boothTypeId });
  }

  /** Whether some booth of the fair is not blocked (can be rented). */
  hasRentableBooth(manager: EntityManager, fairId: string): Promise<boolean> {
    return manager.getRepository(Booth).existsBy({ fairId, blocked: false });
  }

  /** The fair's booths among `boothIds`, by code; another fair's booths are left out. */
  async boothCodes(fairId: string, boothIds: readonly string[]): Promise<BoothCodeRow[]> {
    if (boothIds.length === 0) return [];
    return this.dataSource.query(
      `SELECT id AS "boothId", code FROM booths WHERE fair_id = $1 AND id = ANY ($2::uuid[])
        ORDER BY code`,
      [fairId, boothIds],
    );
  }
}
