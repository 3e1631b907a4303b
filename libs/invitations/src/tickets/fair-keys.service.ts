import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { APP_CONFIG, AppConfig, TransactionRunner } from '@hoicho/platform';
import { generateFairKeyPair, type FairKeyPair } from '../domain';
import { SealedBox } from '../common/sealed-box';
import { FairKeyRepository } from './fair-key.repository';

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
    private readonly keys: FairKeyRepository,
    private readonly transactions: TransactionRunner,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.box = new SealedBox(config.secret, 'fair-ticket-key');
  }

  /** The fair's key pair, made now if it has none (in the caller's transaction when given). */
  async keyPair(fairId: string, manager?: EntityManager): Promise<FairKeyPair> {
    const cached = this.cache.get(fairId);
    if (cached) return cached;
    const pair = manager
      ? await this.readOrMake(manager, fairId)
      : await this.transactions.run((tx) => this.readOrMake(tx.manager, fairId));
    this.cache.set(fairId, pair);
    return pair;
  }

  /** The public key, or undefined when the fair has never issued a ticket. */
  async publicKeyIfAny(fairId: string): Promise<string | undefined> {
    return this.cache.get(fairId)?.publicKey ?? this.keys.findPublicKey(fairId);
  }

  private async readOrMake(manager: EntityManager, fairId: string): Promise<FairKeyPair> {
    let stored = await this.keys.find(manager, fairId);
    if (!stored) {
      const fresh = generateFairKeyPair();
      await this.keys.insertIfAbsent(manager, fairId, {
        publicKey: fresh.publicKey,
        privateKeySealed: this.box.seal(fresh.privateKey),
      });
      stored = (await this.keys.find(manager, fairId))!;
    }
    return { publicKey: stored.publicKey, privateKey: this.box.open(stored.privateKeySealed) };
  }
}
