import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import * as domain from '../domain';
import { BoothNeighbour } from './booth-neighbour.entity';
import { BoothType } from './booth-type.entity';
import { Booth } from './booth.entity';
import { Zone } from './zone.entity';

/** A fair's plan as stored: rows, plus each booth's neighbours by id. */
export interface StoredPlan {
  zones: Zone[];
  types: BoothType[];
  booths: Booth[];
  neighbours: Map<string, string[]>;
}

/** Reads and writes whole plans; bulk writes are one statement each, whatever the size. */
@Injectable()
export class PlanStore {
  async load(manager: EntityManager, fairId: string): Promise<StoredPlan> {
    // One after another: inside a transaction they share one connection.
    const order = { createdAt: 'ASC', code: 'ASC' } as const;
    const zones = await manager.getRepository(Zone).find({ where: { fairId }, order });
    const types = await manager.getRepository(BoothType).find({ where: { fairId }, order });
    const booths = await manager
      .getRepository(Booth)
      .find({ where: { fairId }, order: { code: 'ASC' } });
    const pairs = await manager.getRepository(BoothNeighbour).findBy({ fairId });
    const neighbours = new Map<string, string[]>(booths.map((b) => [b.id, []]));
    for (const { boothA, boothB } of pairs) {
      neighbours.get(boothA)?.push(boothB);
      neighbours.get(boothB)?.push(boothA);
    }
    return { zones, types, booths, neighbours };
  }

  /** The plan in the domain's terms (codes everywhere), for validation and drawing. */
  toDomain(stored: StoredPlan): domain.BoothPlan {
    const zoneCode = new Map(stored.zones.map((z) => [z.id, z.code]));
    const typeCode = new Map(stored.types.map((t) => [t.id, t.code]));
    const boothCode = new Map(stored.booths.map((b) => [b.id, b.code]));
    return {
      zones: stored.zones.map((z) => ({
        code: z.code,
        name: z.nameVi,
        colour: z.colour ?? undefined,
      })),
      boothTypes: stored.types.map((t) => ({ code: t.code, name: t.nameVi })),
      booths: stored.booths.map((b) => ({
        code: b.code,
        zone: zoneCode.get(b.zoneId)!,
        type: typeCode.get(b.boothTypeId)!,
        x: b.x,
        y: b.y,
        width: b.width,
        height: b.height,
        corner: b.corner,
        blocked: b.blocked,
        neighbours: (stored.neighbours.get(b.id) ?? []).map((id) => boothCode.get(id)!).sort(),
      })),
    };
  }

  /**
   * Inserts validated booths and the neighbour pairs among them (and with `existing` booths).
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

  /** Removes every booth of the fair (their neighbour pairs go with them); returns how many. */
  async deleteBooths(manager: EntityManager, fairId: string): Promise<number> {
    const result = await manager.getRepository(Booth).delete({ fairId });
    return result.affected ?? 0;
  }
}
