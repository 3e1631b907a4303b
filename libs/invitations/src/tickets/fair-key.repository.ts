import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

/** A fair's signing key pair as stored: the private key only sealed. */
export interface StoredFairKey {
  publicKey: string;
  privateKeySealed: string;
}

/** One Ed25519 key pair per fair (`fair_ticket_keys`). */
@Injectable()
export class FairKeyRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The fair's key pair as the caller's transaction sees it. */
  async find(manager: EntityManager, fairId: string): Promise<StoredFairKey | undefined> {
    const [row]: StoredFairKey[] = await manager.query(
      `SELECT public_key AS "publicKey", private_key_sealed AS "privateKeySealed"
         FROM fair_ticket_keys WHERE fair_id = $1`,
      [fairId],
    );
    return row;
  }

  /** The public key, or undefined when the fair has never issued a ticket. */
  async findPublicKey(fairId: string): Promise<string | undefined> {
    const [row]: { publicKey: string }[] = await this.dataSource.query(
      'SELECT public_key AS "publicKey" FROM fair_ticket_keys WHERE fair_id = $1',
      [fairId],
    );
    return row?.publicKey;
  }

  /** Stores the fair's first key pair; a pair stored meanwhile by another process wins. */
  async insertIfAbsent(manager: EntityManager, fairId: string, key: StoredFairKey): Promise<void> {
    await manager.query(
      `INSERT INTO fair_ticket_keys (fair_id, public_key, private_key_sealed) VALUES ($1, $2, $3)
       ON CONFLICT (fair_id) DO NOTHING`,
      [fairId, key.publicKey, key.privateKeySealed],
    );
  }
}
