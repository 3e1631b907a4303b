import { Texts } from './language';

/**
 * What each error code means, in Vietnamese and English: the `message` of an error answer in
 * the caller's language. An AppError's own message is English and says the particulars, so an
 * English caller gets it as it is; other callers get this catalogue's text. Errors made by the
 * HTTP layer itself (bad JSON, a database constraint) have no such message and use this text in
 * both languages. `{name}` is filled from the error's details. A unit test checks that every
 * code raised in the code base is here.
 */
export const ERROR_TEXTS: Record<string, Texts> = {
  // The HTTP layer and the database
  validation_failed: {
    vi: 'Một số trường chưa hợp lệ: {fields}',
    en: 'Some fields are invalid: {fields}',
  },
  malformed_json: {
    vi: 'Nội dung gửi lên không phải JSON hợp lệ',
    en: 'The body is not valid JSON',
  },
  payload_too_large: { vi: 'Nội dung gửi lên quá lớn', en: 'The body is too large' },
  unsupported_media_type: {
    vi: 'Kiểu nội dung (Content-Type) này không được hỗ trợ',
    en: 'This Content-Type is not supported',
  },
  body_too_deep: {
    vi: 'Nội dung gửi lên lồng nhau quá {maxDepth} cấp',
    en: 'The body nests arrays and objects deeper than {maxDepth} levels',
  },
  invalid_utf8: {
    vi: 'Nội dung gửi lên không phải văn bản UTF-8 hợp lệ',
    en: 'The body is not valid UTF-8 text',
  },
  unsupported_charset: {
    vi: 'Nội dung gửi lên phải dùng bảng mã UTF-8',
    en: 'The body must be UTF-8 text',
  },
  route_not_found: { vi: 'Không có địa chỉ này', en: 'There is no such route' },
  not_found: {
    vi: 'Không tìm thấy, hoặc bạn không có quyền xem',
    en: 'Not found, or not yours to see',
  },
  bad_request: { vi: 'Yêu cầu không hợp lệ', en: 'The request is not valid' },
  unauthorized: { vi: 'Vui lòng đăng nhập', en: 'Sign in first' },
  forbidden: { vi: 'Bạn không có quyền làm việc này', en: 'You may not do this' },
  method_not_allowed: { vi: 'Địa chỉ này không nhận phương thức này', en: 'Method not allowed' },
  not_acceptable: { vi: 'Không có định dạng trả lời phù hợp', en: 'No acceptable answer format' },
  conflict: { vi: 'Yêu cầu xung đột với dữ liệu hiện có', en: 'The request conflicts' },
  unprocessable_entity: {
    vi: 'Không thể xử lý yêu cầu này',
    en: 'The request cannot be processed',
  },
  too_many_requests: { vi: 'Quá nhiều yêu cầu, vui lòng thử lại sau', en: 'Too many requests' },
  already_exists: { vi: 'Dữ liệu này đã tồn tại', en: 'This already exists' },
  referenced_row_missing: {
    vi: 'Dữ liệu được tham chiếu không tồn tại',
    en: 'Something this refers to does not exist',
  },
  still_referenced: {
    vi: 'Dữ liệu này vẫn đang được dùng ở nơi khác',
    en: 'This is still in use elsewhere',
  },
  constraint_violated: { vi: 'Dữ liệu vi phạm một ràng buộc', en: 'The data breaks a rule' },
  invalid_value: { vi: 'Có giá trị không hợp lệ', en: 'A value is not valid' },
  value_too_long: { vi: 'Có giá trị quá dài', en: 'A value is too long' },
  concurrent_update: {
    vi: 'Dữ liệu vừa bị thay đổi cùng lúc, vui lòng thử lại',
    en: 'Changed by someone else at the same time; try again',
  },
  internal_error: {
    vi: 'Hệ thống gặp lỗi, vui lòng thử lại sau',
    en: 'Something went wrong on our side',
  },
  service_unavailable: {
    vi: 'Một dịch vụ cần thiết ({dependency}) chưa phản hồi, vui lòng thử lại sau {retryAfter} giây',
    en: 'A service this needs ({dependency}) is not answering; try again in {retryAfter} s',
  },
  password_too_weak: {
    vi: 'Mật khẩu quá dễ đoán',
    en: 'The password is too easy to guess',
  },
  rate_limited: {
    vi: 'Quá nhiều lần thử, vui lòng đợi rồi thử lại',
    en: 'Too many attempts; wait and try again',
  },
  // Accounts and sessions
  unauthenticated: {
    vi: 'Vui lòng đăng nhập: phiên làm việc không có, đã hết hạn hoặc đã bị thu hồi',
    en: 'Sign in first: the session is missing, expired or revoked',
  },
  role_not_allowed: {
    vi: 'Vai trò của bạn không được làm việc này',
    en: 'Your role may not do this',
  },
  cross_origin_refused: {
    vi: 'Yêu cầu này không đến từ trang của hệ thống',
    en: 'This request did not come from a page of this site',
  },
  invalid_credentials: {
    vi: 'Email hoặc mật khẩu không đúng. Nếu bạn vừa đăng ký, hãy xác nhận email bằng đường dẫn chúng tôi đã gửi trước',
    en: 'Email or password is wrong. If you have just signed up, confirm your address first with the link we emailed you',
  },
  email_not_verified: {
    vi: 'Vui lòng xác minh email trước khi đăng nhập',
    en: 'Verify the email before signing in',
  },
  email_taken: { vi: 'Đã có tài khoản với email này', en: 'An account with this email exists' },
  token_invalid: {
    vi: 'Liên kết không hợp lệ, đã dùng hoặc đã hết hạn',
    en: 'This link is invalid, used or expired',
  },
  body_code_taken: {
    vi: 'Mã đơn vị tổ chức này đã được dùng',
    en: 'This organising body code is taken',
  },
  message_not_failed: {
    vi: 'Chỉ gửi lại được thư đã gửi thất bại',
    en: 'Only a failed message can be re-sent',
  },
  // Producers and their catalogue
  cannot_remove_self: {
    vi: 'Bạn không thể tự xoá mình khỏi cơ sở; hãy nhờ thành viên khác',
    en: 'A member cannot remove themselves',
  },
  tax_code_taken: { vi: 'Mã số thuế này đã được đăng ký', en: 'This tax code is registered' },
  village_exists: { vi: 'Làng nghề này đã có', en: 'This craft village exists' },
  commune_in_use: { vi: 'Xã/phường này vẫn đang được dùng', en: 'This commune is still in use' },
  photo_too_large: { vi: 'Ảnh lớn hơn 5 MB', en: 'The photo is larger than 5 MB' },
  photo_unreadable: { vi: 'Không đọc được ảnh', en: 'The photo cannot be read' },
  too_many_photos: { vi: 'Sản phẩm đã đủ số ảnh tối đa', en: 'The product has its most photos' },
  document_too_large: { vi: 'Tệp lớn hơn 10 MB', en: 'The file is larger than 10 MB' },
  document_unreadable: { vi: 'Không đọc được tệp giấy tờ', en: 'The document file cannot be read' },
  document_not_current: {
    vi: 'Giấy tờ này đã được thay bằng bản mới hơn',
    en: 'This document was replaced by a newer one',
  },
  document_reviewed: {
    vi: 'Giấy tờ đã được ban tổ chức xem xét nên không xoá được; hãy tải bản mới thay thế',
    en: 'An organiser has reviewed this document; upload a new one to replace it',
  },
  documents_missing: {
    vi: 'Còn thiếu giấy tờ bắt buộc còn hiệu lực đến ngày khai mạc: {kindsVi}',
    en: 'Required documents valid on the opening day are missing: {kindsEn}',
  },
  // Fairs and floor plans
  fair_transition: {
    vi: 'Hội chợ không thể chuyển từ trạng thái này sang trạng thái kia',
    en: 'The fair cannot make this status change',
  },
  fair_not_ready: {
    vi: 'Hội chợ chưa đủ điều kiện để chuyển trạng thái',
    en: 'The fair is not ready for this status',
  },
  fair_locked: {
    vi: 'Hội chợ đã đóng hoặc đã huỷ, không sửa được',
    en: 'The fair can no longer change',
  },
  plan_locked: {
    vi: 'Chỉ sửa sơ đồ gian hàng khi hội chợ ở trạng thái nháp hoặc đang mở',
    en: 'The floor plan can change only while the fair is draft or open',
  },
  plan_invalid: {
    vi: 'Sơ đồ gian hàng có lỗi, chưa lưu gì',
    en: 'The booth plan has problems; nothing was saved',
  },
  code_taken: { vi: 'Mã này đã có trong hội chợ', en: 'This code exists in the fair' },
  in_use: { vi: 'Vẫn đang được dùng, không xoá được', en: 'Still in use; it cannot be removed' },
  budget_below_used: {
    vi: 'Ngân sách không thể thấp hơn số đã dùng',
    en: 'The budget cannot be below what is used',
  },
  // Applications
  application_transition: {
    vi: 'Đơn đăng ký không thể chuyển sang bước này',
    en: 'The application cannot take this step',
  },
  application_exists: {
    vi: 'Nhà sản xuất đã có đơn cho hội chợ này',
    en: 'The producer already applied to this fair',
  },
  application_invalid: { vi: 'Đơn đăng ký chưa hợp lệ', en: 'The application is not valid' },
  application_not_editable: {
    vi: 'Đơn đăng ký không còn sửa được',
    en: 'The application can no longer change',
  },
  applications_closed: {
    vi: 'Hội chợ không nhận đơn lúc này',
    en: 'The fair takes no applications now',
  },
  fair_not_reviewing: {
    vi: 'Hội chợ không ở giai đoạn xét duyệt',
    en: 'The fair is not under review',
  },
  budget_conflict: {
    vi: 'Ngân sách hỗ trợ không đủ cho quyết định này',
    en: 'The support budget does not cover this',
  },
  not_payable: { vi: 'Đơn này không có khoản phải trả', en: 'Nothing is payable on this' },
  overpayment: { vi: 'Số tiền vượt quá số còn phải trả', en: 'The amount is more than is owed' },
  // Payments
  bank_account_missing: {
    vi: 'Ban tổ chức chưa khai báo tài khoản ngân hàng nhận tiền',
    en: 'The organisers have not set the bank account to receive payments',
  },
  statement_unreadable: {
    vi: 'Không đọc được sao kê: {fields}',
    en: 'The statement cannot be read: {fields}',
  },
  line_settled: {
    vi: 'Dòng sao kê này đã được xử lý',
    en: 'This statement line is settled already',
  },
  not_overdue: {
    vi: 'Chưa quá hạn nộp tiền (hạn: {dueOn})',
    en: 'Nothing is overdue yet (due on {dueOn})',
  },
  // Booth allocation
  allocation_stale: {
    vi: 'Kết quả xếp gian đã cũ, vui lòng chạy lại',
    en: 'The allocation is out of date; run it again',
  },
  application_not_approved: {
    vi: 'Đơn đăng ký chưa được duyệt',
    en: 'The application is not approved',
  },
  booth_taken: { vi: 'Gian hàng đã có người', en: 'The booth is taken' },
  decisions_unreleased: {
    vi: 'Còn quyết định xét duyệt chưa công bố',
    en: 'Some review decisions are not released',
  },
  fair_not_allocating: {
    vi: 'Hội chợ không ở giai đoạn xếp gian',
    en: 'The fair is not allocating booths',
  },
  offer_closed: { vi: 'Lời mời nhận gian đã đóng', en: 'The booth offer is closed' },
  placement_invalid: { vi: 'Vị trí xếp không hợp lệ', en: 'The placement is not valid' },
  run_not_ready: { vi: 'Lượt xếp gian chưa xong', en: 'The allocation run is not ready' },
  // Visitors and invitations
  visitor_exists: { vi: 'Đã có khách với email này', en: 'A visitor with this email exists' },
  campaign_not_editable: {
    vi: 'Chiến dịch đã gửi, không sửa được',
    en: 'The campaign can no longer change',
  },
  campaign_not_sendable: {
    vi: 'Chiến dịch này không gửi được',
    en: 'This campaign cannot be sent',
  },
  campaign_not_sent: { vi: 'Chiến dịch chưa được gửi', en: 'The campaign was not sent' },
  import_not_startable: {
    vi: 'Lượt nhập danh sách đã bắt đầu hoặc đã xong',
    en: 'The import already started or finished',
  },
  fair_over: { vi: 'Hội chợ đã kết thúc', en: 'The fair is over' },
  fair_has_no_days: { vi: 'Hội chợ chưa có ngày mở cửa', en: 'The fair has no opening days yet' },
  invitation_not_found: {
    vi: 'Liên kết thư mời không hợp lệ',
    en: 'This invitation link is not valid',
  },
  rsvp_closed: { vi: 'Đã hết hạn trả lời thư mời', en: 'Answers are closed' },
  visitors_not_found: {
    vi: 'Một số khách không có trong danh sách của bạn',
    en: 'Some visitors are not on your list',
  },
  // Showcases
  already_in_showcase: {
    vi: 'Mẫu này đã có trong khu trưng bày',
    en: 'The sample is already in the showcase',
  },
  custody_step_refused: {
    vi: 'Mẫu không thể chuyển sang bước này',
    en: 'The sample cannot take this step',
  },
  entry_not_pending: { vi: 'Mục này không còn chờ xử lý', en: 'The entry is not pending' },
  fair_finished: { vi: 'Hội chợ đã kết thúc', en: 'The fair is finished' },
  form_token_refused: { vi: 'Liên kết biểu mẫu không hợp lệ', en: 'This form link is not valid' },
  form_token_used: { vi: 'Biểu mẫu này đã được gửi', en: 'This form was already sent' },
  label_code_taken: {
    vi: 'Mã nhãn này đã dùng trong hội chợ',
    en: 'This label code is used in the fair',
  },
  no_samples: { vi: 'Không có mẫu nào', en: 'There are no samples' },
  not_your_decision: { vi: 'Việc này không do bạn quyết định', en: 'This is not your decision' },
  sample_not_available: { vi: 'Mẫu này không cho mượn', en: 'The sample is not available' },
  showcase_has_custody: {
    vi: 'Khu trưng bày còn mẫu đang được giữ',
    en: 'The showcase still holds samples',
  },
};
