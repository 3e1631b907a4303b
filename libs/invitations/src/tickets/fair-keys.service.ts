import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { APP_CONFIG, AppConfig } from '@hoicho/platform';
import { generateFairKeyPair, type FairKeyPair } from '../domain';
import { SealedBox } from '../common/sealed-box';

interface KeyRow {
  public_key: string;
  private_key_sealed: string;
}

/**
 * Each fair signs its tickets with its own Ed25519 key pair, made on first use. The private key
 * is stored sealed (AES-256-GCM, key derived from APP_SECRET) and never leaves this service;
 * the public key is what gate devices fetch to verify codes offline.
 */
@Injectable()
export class FairKeysService {
  private readonly box: SealedBox;
  // Keys never change once made, so every process may keep them.
  private readonly cache = new Map<string, FairKeyPair>();

  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.box = new SealedBox(config.secret, 'fair-ticket-key');
  }

  async keyPair(
    fairId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<FairKeyPair> {
    const cached = this.cache.get(fairId);
    if (cached) return cached;
    let row = await this.read(manager, fairId);
    if (!row) {
      const fresh = generateFairKeyPair();
      await manager.query(
        `INSERT INTO fair_ticket_keys (fair_id, public_key, private_key_sealed) VALUES ($1, $2, $3)
         ON CONFLICT (fair_id) DO NOTHING`,
        [fairId, fresh.publicKey, this.box.seal(fresh.privateKey)],
      );
      row = (await this.read(manager, fairId))!;
    }
    const pair = { publicKey: row.public_key, privateKey: this.box.open(row.private_key_sealed) };
    this.cache.set(fairId, pair);
    return pair;
  }

  /** The public key, or undefined when the fair has never issued a ticket. */
  async publicKeyIfAny(fairId: string): Promise<string | undefined> {
    const cached = this.cache.get(fairId);
    if (cached) return cached.publicKey;
    const row = await this.read(this.dataSource.manager, fairId);
    return row?.public_key;
  }

  private async read(manager: EntityManager, fairId: string): Promise<KeyRow | undefined> {
    const rows: KeyRow[] = await manager.query(
      'SELECT public_key, private_key_sealed FROM fair_ticket_keys WHERE fair_id = $1',
      [fairId],
    );
    return rows[0];
  }
}
