/**
 * Every problem a booth plan can have, as a stable code: the API sends it with its parameters
 * and a screen words it from its own catalogue (vi/en). Adding a code means wording it in
 * `plan/plan-issue-texts.ts` and in the web's `reasons` catalogue (a unit test checks both).
 */
export const PLAN_ISSUE_CODES = [
  // A booth in the plan (validator)
  'code_invalid',
  'code_duplicate',
  'code_in_plan',
  'zone_unknown',
  'type_unknown',
  'not_negative',
  'not_positive',
  'neighbour_twice',
  'neighbour_self',
  'neighbour_unknown',
  'neighbour_not_mutual',
  'overlap',
  'too_many_booths',
  // A row of an imported file
  'required',
  'not_text',
  'not_number',
  'not_yes_no',
  'neighbours_not_list',
  // The file itself
  'file_not_utf8',
  'file_empty',
  'csv_malformed',
  'json_malformed',
  'column_unnamed',
  'column_unknown',
  'column_twice',
  'column_missing',
  'row_extra_values',
  'field_unknown',
  'field_not_booths',
  'booths_not_array',
  'booth_not_object',
  'no_booths',
  // A grid's specification
  'whole_positive',
  'whole_not_negative',
] as const;

export type PlanIssueCode = (typeof PLAN_ISSUE_CODES)[number];
