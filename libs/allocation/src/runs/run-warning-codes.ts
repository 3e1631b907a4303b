/**
 * What a run could not honour, as a stable code with params (`application`: the request; a
 * screen adds the producer's name). A pin or a published block is dropped when:
 * - *_wrong_size: its `booths` are not the `size` the application wants;
 * - *_not_rentable: its `booths` listed can no longer be rented (blocked, gone, offered);
 * - published_pinned_elsewhere: its `booth` is pinned to another application (`holder`).
 */
export type RunWarningCode =
  | 'pin_wrong_size'
  | 'pin_not_rentable'
  | 'published_wrong_size'
  | 'published_not_rentable'
  | 'published_pinned_elsewhere';

export const RUN_WARNING_CODES: readonly RunWarningCode[] = [
  'pin_wrong_size',
  'pin_not_rentable',
  'published_wrong_size',
  'published_not_rentable',
  'published_pinned_elsewhere',
];

export type RunWarningParams = Record<string, string | number | string[]>;

/** As stored with the run (`allocation_runs.warnings`). */
export interface RunWarning {
  code: RunWarningCode;
  params: RunWarningParams;
}
