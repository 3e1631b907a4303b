/**
 * Reasons the API gives as stable codes with params, worded here: a floor plan's problems
 * (fairs' PlanIssueCode), why an application got no booth (the engine's UnassignedCode) and
 * what a hand placement breaks (PlacementIssueCode), what a run could not keep (RunWarningCode).
 * `{{xAt}}` is a booth with its file line; zones and booth types come as names.
 */
export const reasons = {
  withLine: '{{code}} (dòng {{line}})',
  anyZone: 'bất kỳ khu nào',
  blockOne: 'gian',
  blockTwo: 'cặp gian liền nhau',
  blockMany: 'khối {{size}} gian liền nhau',
  plan: {
    code_invalid: '"{{value}}" không phải mã gian (chữ, số, . _ / -; tối đa 32 ký tự)',
    code_duplicate: 'mã gian trùng, đã dùng ở {{otherAt}}',
    code_in_plan: 'mã gian đã có trong sơ đồ',
    zone_unknown: 'không có khu "{{zone}}"',
    type_unknown: 'không có loại gian "{{type}}"',
    not_negative: 'phải là số ≥ 0',
    not_positive: 'phải là số > 0',
    neighbour_twice: '{{neighbour}} được ghi hai lần',
    neighbour_self: 'một gian không thể kề chính nó',
    neighbour_unknown: 'không có gian kề {{neighbour}}',
    neighbour_not_mutual:
      '{{booth}} ghi {{neighbour}} là gian kề nhưng {{neighbourAt}} không ghi {{booth}}',
    overlap: 'chồng lên gian {{otherAt}}',
    too_many_booths: 'một sơ đồ có tối đa {{max}} gian; sơ đồ này sẽ có {{count}}',
    required: 'bắt buộc phải có',
    not_text: 'phải là văn bản',
    not_number: '"{{value}}" không phải là số',
    not_yes_no: '"{{value}}" không phải có/không (1/0, true/false, có/không)',
    neighbours_not_list: 'phải là danh sách mã gian',
    file_not_utf8: 'tệp không phải văn bản UTF-8; hãy lưu dưới dạng "CSV UTF-8"',
    file_empty: 'tệp trống',
    csv_malformed: 'tệp CSV bị lỗi định dạng: {{detail}}',
    json_malformed: 'không phải JSON hợp lệ: {{detail}}',
    column_unnamed: 'cột {{column}} không có tên',
    column_unknown: 'cột không được biết; các cột là {{expected}}',
    column_twice: 'cột xuất hiện hai lần',
    column_missing: 'thiếu cột',
    row_extra_values: '{{values}} giá trị cho {{columns}} cột',
    field_unknown: 'trường không được biết',
    field_not_booths: 'trường không được biết; chỉ đọc "booths"',
    booths_not_array: 'phải là một danh sách gian',
    booth_not_object: 'phải là một đối tượng',
    no_booths: 'sơ đồ không có gian nào',
    whole_positive: 'phải là số nguyên > 0',
    whole_not_negative: 'phải là số nguyên ≥ 0',
  },
  unassigned: {
    no_such_booth: 'Không có gian loại {{types}} nào ở {{where}}.',
    no_block_big_enough:
      'Không có {{block}} loại {{types}} ở {{where}}: nhóm liền nhau lớn nhất chỉ có {{largest}} gian.',
    pinned_elsewhere:
      'Mọi {{block}} loại {{types}} ở {{where}} đều có gian ban tổ chức đã ghim cho hồ sơ khác.',
    all_taken:
      'Không còn {{block}} loại {{types}} trống ở {{where}}: {{taken}}/{{total}} gian như vậy đã có người ({{higher}} do hồ sơ ưu tiên cao hơn, {{equal}} ngang hàng, {{lower}} thấp hơn).',
    all_taken_scattered:
      'Không còn {{block}} loại {{types}} trống ở {{where}}: {{taken}}/{{total}} gian như vậy đã có người ({{higher}} do hồ sơ ưu tiên cao hơn, {{equal}} ngang hàng, {{lower}} thấp hơn); {{free}} gian còn trống không liền nhau đủ.',
    taken_out: 'Ban tổ chức đã rút khỏi bản nháp.',
  },
  placement: {
    request_unknown: 'Hồ sơ không thuộc lượt xếp gian này',
    booth_unknown: 'Gian {{booth}} không phải gian cho thuê trong sơ đồ hội chợ này',
    booth_twice: 'Gian {{booth}} được chọn hai lần',
    size: 'Phải chọn đúng {{size}} gian (hồ sơ đăng ký {{size}})',
    taken: 'Gian {{booth}} đã có cơ sở khác',
    type: 'Gian {{booth}} thuộc loại {{type}}; hồ sơ nhận loại {{types}}',
    zones_several: 'Các gian nằm ở nhiều khu ({{zones}})',
    zone_not_wished: 'Khu {{zone}} không nằm trong các khu hồ sơ chọn ({{zones}})',
    not_connected: 'Các gian không liền thành một khối',
  },
  assignment: {
    override: 'ban tổ chức xếp vượt quy tắc',
    manual: 'ban tổ chức xếp tay',
    pinned: 'ban tổ chức đã ghim',
    anyZone: 'ở {{zone}}, hồ sơ nhận khu nào cũng được',
    choice: 'ở {{zone}}, khu hồ sơ chọn thứ {{rank}}',
    notChosen: 'ở {{zone}}, không thuộc các khu hồ sơ chọn',
    corner: 'ở góc như mong muốn',
    noCorner: 'không ở góc',
    nearMet: 'cạnh {{names}}',
    nearMissed: 'không cạnh {{names}}',
  },
  warning: {
    pin_wrong_size: 'Bỏ qua gian ghim của {{producer}} ({{booths}}): hồ sơ đăng ký {{size}} gian.',
    pin_not_rentable: 'Bỏ qua gian ghim của {{producer}}: gian {{booths}} không còn cho thuê.',
    published_wrong_size:
      'Không giữ gian đã công bố của {{producer}} ({{booths}}): hồ sơ đăng ký {{size}} gian.',
    published_not_rentable:
      'Không giữ gian đã công bố của {{producer}}: gian {{booths}} không còn cho thuê.',
    published_pinned_elsewhere:
      'Không giữ gian đã công bố của {{producer}}: gian {{booth}} đã được ghim cho {{holderProducer}}.',
  },
};
