import type { Visitor } from './visitor';
import { unionTags } from './visitor-fields';

type ScalarField = Exclude<keyof Visitor, 'email' | 'tags'>;
const SCALAR_FIELDS: readonly ScalarField[] = [
  'name',
  'organisation',
  'phone',
  'country',
  'language',
  'segment',
  'consent',
];

export interface VisitorMerge {
  visitor: Visitor;
  /** Fields whose value changed; empty means the stored visitor needs no update. */
  changed: (keyof Visitor)[];
}

/**
 * How a visitor seen again (a later import, a duplicate row in the same file) merges into the
 * one already stored under the same normalised email:
 * - every field the incoming row states (not empty, not undefined) replaces the stored value,
 *   because the newer list is the better informed; an empty cell never erases anything;
 * - consent follows the same rule, so an explicit "no" in a newer list withdraws consent;
 * - tags are the union of both, stored tags first, compared case-insensitively;
 * - the email stays as stored (both are the same normalised address).
 */
export function mergeVisitor(existing: Visitor, incoming: Visitor): VisitorMerge {
  const visitor: Visitor = { ...existing, tags: unionTags(existing.tags, incoming.tags) };
  const changed: (keyof Visitor)[] = [];
  for (const field of SCALAR_FIELDS) {
    const value = incoming[field];
    if (value === undefined || value === '' || value === existing[field]) continue;
    Object.assign(visitor, { [field]: value });
    changed.push(field);
  }
  if (visitor.tags.length !== existing.tags.length) changed.push('tags');
  return { visitor, changed };
}
