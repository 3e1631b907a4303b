import type { Model } from './model';

/**
 * Enumerates connected booth sets ("blocks") of a given size around an anchor booth, with
 * the ESU algorithm (Wernicke 2006): every connected set containing the anchor, drawn from
 * booths that pass `ok`, is produced exactly once. With `minAnchor`, only sets whose smallest
 * booth is the anchor are produced, so iterating anchors over a zone lists each block once.
 */
export class BlockEnumerator {
  private readonly cnt: Int32Array;
  private sub: Int32Array = new Int32Array(1);
  private readonly subs: Int32Array[] = [];
  private anchor = 0;
  private size = 0;
  private minAnchor = true;
  private left = 0;
  private ok: (b: number) => boolean = () => true;
  private visit: (block: Int32Array) => boolean = () => true;

  /** Candidate extensions per depth, reused (at most size × max degree each). */
  private exts: Int32Array[] = [];
  private extsFor = 0;
  private readonly maxDegree: number;

  constructor(private readonly model: Model) {
    this.cnt = new Int32Array(model.nB);
    let d = 0;
    for (let b = 0; b < model.nB; b++) d = Math.max(d, model.adjStart[b + 1] - model.adjStart[b]);
    this.maxDegree = d;
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
    this.sub = this.subs[size] ??= new Int32Array(size);
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
    if (this.extsFor !== size) {
      this.exts = Array.from({ length: size }, () => new Int32Array(size * this.maxDegree + 1));
      this.extsFor = size;
    }
    const { adjStart, adjList } = this.model;
    const ext = this.exts[1];
    let len = 0;
    for (let e = adjStart[anchor]; e < adjStart[anchor + 1]; e++) {
      const u = adjList[e];
      if ((!this.minAnchor || u > anchor) && ok(u)) ext[len++] = u;
    }
    this.mark(anchor, 1);
    this.extend(1, len);
    this.mark(anchor, -1);
    return cap - this.left;
  }

  private mark(w: number, d: number): void {
    const { adjStart, adjList } = this.model;
    this.cnt[w] += d;
    for (let e = adjStart[w]; e < adjStart[w + 1]; e++) this.cnt[adjList[e]] += d;
  }

  /** Extends the block by booths of exts[depth][0 .. len); false when enumeration must stop. */
  private extend(depth: number, len: number): boolean {
    const { adjStart, adjList } = this.model;
    const sub = this.sub;
    const ext = this.exts[depth];
    if (depth === this.size - 1) {
      for (let i = len - 1; i >= 0; i--) {
        sub[depth] = ext[i];
        this.left--;
        if (!this.visit(sub) || this.left <= 0) return false;
      }
      return true;
    }
    const next = this.exts[depth + 1];
    while (len > 0) {
      const w = ext[--len];
      let n = len;
      for (let i = 0; i < len; i++) next[i] = ext[i];
      for (let e = adjStart[w]; e < adjStart[w + 1]; e++) {
        const u = adjList[e];
        if (this.cnt[u] === 0 && (!this.minAnchor || u > this.anchor) && this.ok(u)) next[n++] = u;
      }
      sub[depth] = w;
      this.mark(w, 1);
      const go = this.extend(depth + 1, n);
      this.mark(w, -1);
      if (!go) return false;
    }
    return true;
  }
}
