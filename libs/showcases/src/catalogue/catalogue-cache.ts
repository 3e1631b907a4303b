import { Inject, Injectable, Logger, Optional } from '@nestjs/common';

export interface CatalogueCacheOptions {
  /** How long an answer is served as it is. */
  ttlMs: number;
  /**
   * After that and up to this age, the old answer is still served while one request refreshes
   * it in the background (so no visitor waits for the database because an entry aged).
   */
  staleMs: number;
  maxEntries: number;
}

export const CATALOGUE_CACHE_OPTIONS = Symbol('CATALOGUE_CACHE_OPTIONS');
const DEFAULTS: CatalogueCacheOptions = { ttlMs: 10_000, staleMs: 60_000, maxEntries: 5_000 };

interface Entry {
  value: Promise<unknown>;
  freshUntil: number;
  staleUntil: number;
  settled: boolean;
  refreshing: boolean;
}

/**
 * A short-lived in-process cache of public catalogue answers. Many visitors ask the same
 * questions (a fair's first page, a village, a craft) within seconds: repeats are answered
 * from memory, concurrent identical requests share one database query, and an aged answer is
 * refreshed behind the scenes. What producers publish or hide shows within ttlMs of the next
 * request. Each api process keeps its own; nothing in it is private to a caller.
 */
@Injectable()
export class CatalogueCache {
  private readonly logger = new Logger(CatalogueCache.name);
  private readonly entries = new Map<string, Entry>();
  private readonly options: CatalogueCacheOptions;

  constructor(
    @Optional() @Inject(CATALOGUE_CACHE_OPTIONS) options?: Partial<CatalogueCacheOptions>,
  ) {
    this.options = { ...DEFAULTS, ...options };
  }

  get<T>(key: string, load: () => Promise<T>): Promise<T> {
    if (this.options.ttlMs <= 0) return load();
    const now = Date.now();
    const hit = this.entries.get(key);
    if (hit && now < hit.freshUntil) return hit.value as Promise<T>;
    if (hit && hit.settled && now < hit.staleUntil) {
      if (!hit.refreshing) this.refresh(key, hit, load);
      return hit.value as Promise<T>;
    }
    return this.store(key, load(), now) as Promise<T>;
  }

  clear(): void {
    this.entries.clear();
  }

  private store(key: string, value: Promise<unknown>, now: number): Promise<unknown> {
    const entry: Entry = {
      value,
      // Answers cached in the same second (a burst of visitors, a warm-up) would all age in the
      // same instant and refresh together, stalling the event loop for everyone: spread them
      // over the last quarter of ttlMs (never later, so a change still shows within ttlMs).
      freshUntil: now + this.options.ttlMs * (0.75 + 0.25 * Math.random()),
      staleUntil: now + this.options.staleMs,
      settled: false,
      refreshing: false,
    };
    this.entries.set(key, entry);
    value.then(
      () => (entry.settled = true),
      // A failed load is not remembered.
      () => this.entries.get(key) === entry && this.entries.delete(key),
    );
    if (this.entries.size > this.options.maxEntries) this.evict(now);
    return value;
  }

  private refresh(key: string, entry: Entry, load: () => Promise<unknown>): void {
    entry.refreshing = true;
    load().then(
      (value) => {
        if (this.entries.get(key) === entry) this.store(key, Promise.resolve(value), Date.now());
      },
      (error: Error) => {
        entry.refreshing = false;
        this.logger.warn(`refreshing ${key} failed, the old answer stays: ${error.message}`);
      },
    );
  }

  /**
   * Down to 90 % of maxEntries at once, so a crawler asking for page after new page pays one
   * walk of the map per tenth of it, not one per request.
   */
  private evict(now: number): void {
    for (const [key, entry] of this.entries) {
      if (entry.staleUntil <= now) this.entries.delete(key);
    }
    const target = Math.floor(this.options.maxEntries * 0.9);
    // Still too many: drop the oldest (a Map keeps insertion order).
    for (const key of this.entries.keys()) {
      if (this.entries.size <= target) break;
      this.entries.delete(key);
    }
  }
}
