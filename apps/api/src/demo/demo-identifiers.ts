import { hasValidCheckDigit } from '@hoicho/exhibitors';

/**
 * Tax codes, citizen IDs and phone numbers for the demo producers: well-formed by DOMAIN.md's
 * rules, and the same on every fresh install (a seeded generator, not Math.random).
 */
export class DemoIdentifiers {
  private state: number;
  private readonly taken = new Set<string>();

  constructor(seed = 20_261_210) {
    this.state = seed >>> 0;
  }

  /** mulberry32: small, fast and good enough for demo data. */
  private next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  }

  digits(count: number): string {
    let out = '';
    for (let i = 0; i < count; i++) out += Math.floor(this.next() * 10);
    return out;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }

  private unique(make: () => string): string {
    for (;;) {
      const value = make();
      if (!this.taken.has(value)) {
        this.taken.add(value);
        return value;
      }
    }
  }

  /**
   * An enterprise-style tax code of Hà Nội (province 01): nine digits, then the check digit
   * (weights 31…3, 10 − sum mod 11); a remainder that would give 10 is never issued, so skip it.
   */
  taxCode(branch?: string): string {
    const main = this.unique(() => {
      for (;;) {
        const nine = `010${this.digits(6)}`;
        for (let check = 0; check <= 9; check++) {
          if (hasValidCheckDigit(`${nine}${check}`)) return `${nine}${check}`;
        }
      }
    });
    return branch ? `${main}-${branch}` : main;
  }

  /**
   * A household business's tax code since 7/2025: the owner's 12-digit citizen ID (CCCD):
   * birth province 001 (Hà Nội), century-and-sex digit, two digits of the birth year, six more.
   */
  citizenId(): string {
    return this.unique(() => {
      const female = this.next() < 0.5;
      const year = 1960 + Math.floor(this.next() * 40);
      return `001${female ? 1 : 0}${String(year % 100).padStart(2, '0')}${this.digits(6)}`;
    });
  }

  /** A Vietnamese mobile number as people write it: 0912 345 678. */
  mobile(): string {
    return this.unique(() => {
      const prefix = this.pick(['091', '098', '097', '096', '090', '094', '086', '088', '035']);
      const rest = this.digits(7);
      return `${prefix} ${rest.slice(0, 3)} ${rest.slice(3)}`;
    });
  }

  /** A Hà Nội landline: 024 + eight digits. */
  landline(): string {
    return this.unique(() => `024 33${this.digits(2)} ${this.digits(4)}`);
  }
}
