import type { Catalogue } from '../catalogue';
import type { reasons as vi } from '../vi/reasons';

export const reasons: Catalogue<typeof vi> = {
  withLine: '{{code}} (line {{line}})',
  anyZone: 'any zone',
  blockOne: 'booth',
  blockTwo: 'connected pair',
  blockMany: 'connected block of {{size}}',
  plan: {
    code_invalid: '"{{value}}" is not a booth code (letters, digits, . _ / -; up to 32)',
    code_duplicate: 'duplicate booth code, already used by {{otherAt}}',
    code_in_plan: 'booth code already in the plan',
    zone_unknown: 'unknown zone "{{zone}}"',
    type_unknown: 'unknown booth type "{{type}}"',
    not_negative: 'must be a number ≥ 0',
    not_positive: 'must be a number > 0',
    neighbour_twice: '{{neighbour}} is listed twice',
    neighbour_self: 'a booth cannot be its own neighbour',
    neighbour_unknown: 'unknown neighbour {{neighbour}}',
    neighbour_not_mutual:
      '{{booth}} lists {{neighbour}} as a neighbour but {{neighbourAt}} does not list {{booth}}',
    overlap: 'overlaps booth {{otherAt}}',
    too_many_booths: 'a plan holds at most {{max}} booths; this one would have {{count}}',
    required: 'is required',
    not_text: 'must be text',
    not_number: '"{{value}}" is not a number',
    not_yes_no: '"{{value}}" is not yes/no (1/0, true/false, có/không)',
    neighbours_not_list: 'must be a list of booth codes',
    file_not_utf8: 'the file is not UTF-8 text; save it as "CSV UTF-8"',
    file_empty: 'the file is empty',
    csv_malformed: 'the CSV is malformed: {{detail}}',
    json_malformed: 'not valid JSON: {{detail}}',
    column_unnamed: 'column {{column}} has no name',
    column_unknown: 'unknown column; expected {{expected}}',
    column_twice: 'column appears twice',
    column_missing: 'missing column',
    row_extra_values: '{{values}} values for {{columns}} columns',
    field_unknown: 'unknown field',
    field_not_booths: 'unknown field; only "booths" is read',
    booths_not_array: 'must be an array of booths',
    booth_not_object: 'must be an object',
    no_booths: 'the plan has no booths',
    whole_positive: 'must be a whole number > 0',
    whole_not_negative: 'must be a whole number ≥ 0',
  },
  unassigned: {
    no_such_booth: 'No booth of type {{types}} exists in {{where}}.',
    no_block_big_enough:
      'No {{block}} of type {{types}} exists in {{where}}: the largest connected group has {{largest}}.',
    pinned_elsewhere:
      'Every {{block}} of type {{types}} in {{where}} includes booths pinned to other applications.',
    all_taken:
      'No free {{block}} of type {{types}} in {{where}}: {{taken}} of {{total}} are taken ({{higher}} by higher priority, {{equal}} equal, {{lower}} lower).',
    all_taken_scattered:
      'No free {{block}} of type {{types}} in {{where}}: {{taken}} of {{total}} are taken ({{higher}} by higher priority, {{equal}} equal, {{lower}} lower); the {{free}} still free are not connected enough.',
    taken_out: 'Taken out of the draft by the organiser.',
  },
  placement: {
    request_unknown: 'The application is not in this run',
    booth_unknown: 'Booth {{booth}} is not a bookable booth of this fair’s plan',
    booth_twice: 'Booth {{booth}} is chosen twice',
    size: 'Must be exactly {{size}} booths (the application wants {{size}})',
    taken: 'Booth {{booth}} is taken by another producer',
    type: 'Booth {{booth}} is of type {{type}}; the application accepts {{types}}',
    zones_several: 'The booths lie in several zones ({{zones}})',
    zone_not_wished: 'Zone {{zone}} is not among the application’s zones ({{zones}})',
    not_connected: 'The booths do not form one connected block',
  },
  assignment: {
    override: 'placed with the organiser’s override',
    manual: 'placed by the organiser’s hand',
    pinned: 'pinned by the organiser',
    anyZone: 'in {{zone}}, any zone being acceptable',
    choice: 'in {{zone}}, its {{rank}} choice of zone',
    notChosen: 'in {{zone}}, not among its chosen zones',
    corner: 'on a corner as wished',
    noCorner: 'not on a corner',
    nearMet: 'next to {{names}}',
    nearMissed: 'not next to {{names}}',
  },
  warning: {
    pin_wrong_size:
      'Pin of {{producer}} ({{booths}}) ignored: the application wants {{size}} booth(s).',
    pin_not_rentable: 'Pin of {{producer}} ignored: {{booths}} cannot be rented.',
    published_wrong_size:
      'Published booths of {{producer}} ({{booths}}) not kept: the application wants {{size}} booth(s).',
    published_not_rentable:
      'Published booths of {{producer}} not kept: {{booths}} cannot be rented.',
    published_pinned_elsewhere:
      'Published booths of {{producer}} not kept: {{booth}} is pinned to {{holderProducer}}.',
  },
};
