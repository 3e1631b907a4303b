import type { Model } from './model';

/**
 * Enumerates connected booth sets ("blocks") of a given size around an anchor booth, with
 * the ESU algorithm (Wernicke 2006): every connected set containing the anchor, drawn from
 * booths that pass `ok`, is produced exactly once. With `minAnchor`, only sets whose smallest
 * booth is the anchor are produced, so iterating anchors over a zone lists each block once.
 */
export class BlockEnumerator {
  private readonly cnt: Int32Array;
  private sub = new Int32Array(8);
  private anchor = 0;
  private size = 0;
  private minAnchor = true;
  private left = 0;
  private ok: (b: number) => boolean = () => true;
  private visit: (block: Int32Array) => boolean = () => true;

  constructor(private readonly model: Model) {
    this.cnt = new Int32Array(model.nB);
  }

  /**
   * Calls `visit` with each block (a reused buffer of exactly `size` booths, anchor first)
   * until it returns false or `cap` blocks were produced. Returns the number produced.
   */
  forEach(
    anchor: number,
    size: number,
    ok: (b: number) => boolean,
    visit: (block: Int32Array) => boolean,
    options: { minAnchor?: boolean; cap?: number } = {},
  ): number {
    if (this.sub.length !== size) this.sub = new Int32Array(size);
    this.sub[0] = anchor;
    const cap = options.cap ?? Number.MAX_SAFE_INTEGER;
    if (size === 1) {
      visit(this.sub);
      return 1;
    }
    this.anchor = anchor;
    this.size = size;
    this.minAnchor = options.minAnchor ?? true;
    this.left = cap;
    this.ok = ok;
    this.visit = visit;
    const { adjStart, adjList } = this.model;
    const ext: number[] = [];
    for (let e = adjStart[anchor]; e < adjStart[anchor + 1]; e++) {
      const u = adjList[e];
      if ((!this.minAnchor || u > anchor) && ok(u)) ext.push(u);
    }
    this.mark(anchor, 1);
    this.extend(1, ext);
    this.mark(anchor, -1);
    return cap - this.left;
  }

  private mark(w: number, d: number): void {
    const { adjStart, adjList } = this.model;
    this.cnt[w] += d;
    for (let e = adjStart[w]; e < adjStart[w + 1]; e++) this.cnt[adjList[e]] += d;
  }

  /** Returns false when enumeration must stop. */
  private extend(depth: number, ext: number[]): boolean {
    const { adjStart, adjList } = this.model;
    const sub = this.sub;
    if (depth === this.size - 1) {
      for (let i = ext.length - 1; i >= 0; i--) {
        sub[depth] = ext[i];
        this.left--;
        if (!this.visit(sub) || this.left <= 0) return false;
      }
      return true;
    }
    while (ext.length > 0) {
      const w = ext.pop()!;
      const next = ext.slice();
      for (let e = adjStart[w]; e < adjStart[w + 1]; e++) {
        const u = adjList[e];
        if (this.cnt[u] === 0 && (!this.minAnchor || u > this.anchor) && this.ok(u)) next.push(u);
      }
      sub[depth] = w;
      this.mark(w, 1);
      const go = this.extend(depth + 1, next);
      this.mark(w, -1);
      if (!go) return false;
    }
    return true;
  }
}
