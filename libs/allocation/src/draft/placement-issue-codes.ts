/** What a placement breaks, for programs: a screen words it from code and params. */
export type PlacementIssueCode =
  | 'request_unknown'
  | 'booth_unknown'
  | 'booth_twice'
  | 'size'
  | 'taken'
  | 'type'
  | 'zones_several'
  | 'zone_not_wished'
  | 'not_connected';

export const PLACEMENT_ISSUE_CODES: readonly PlacementIssueCode[] = [
  'request_unknown',
  'booth_unknown',
  'booth_twice',
  'size',
  'taken',
  'type',
  'zones_several',
  'zone_not_wished',
  'not_connected',
];
