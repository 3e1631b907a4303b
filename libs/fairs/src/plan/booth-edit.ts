import { Booth } from '../domain';

/** The changes a booth edit may carry (codes for zone, type and neighbours). */
export type BoothEdit = Partial<Omit<Booth, 'neighbours'>> & { neighbours?: string[] };

/**
 * Applies an edit to `booth` (one of `booths`) in memory, keeping the other booths' neighbour
 * lists in step: a new code is renamed everywhere, a new neighbour list is mirrored on both
 * sides. The caller validates the resulting plan before storing it.
 */
export function applyBoothEdit(booths: Booth[], booth: Booth, edit: BoothEdit): void {
  const oldCode = booth.code;
  if (edit.code !== undefined && edit.code !== oldCode) {
    booth.code = edit.code;
    for (const other of booths) {
      other.neighbours = other.neighbours.map((n) => (n === oldCode ? edit.code! : n));
    }
  }
  const { neighbours, ...fields } = edit;
  delete fields.code;
  // Only what the edit names: an unsent field may be present as undefined.
  for (const [key, value] of Object.entries(fields)) {
    if (value !== undefined) Object.assign(booth, { [key]: value });
  }
  if (neighbours) {
    booth.neighbours = [...new Set(neighbours)];
    for (const other of booths) {
      if (other === booth) continue;
      other.neighbours = other.neighbours.filter((n) => n !== booth.code);
      if (booth.neighbours.includes(other.code)) other.neighbours.push(booth.code);
    }
  }
}
