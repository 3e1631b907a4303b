import type { PageTemplate } from '@hoicho/platform';

/** What the unsubscribe pages say, in the visitor's language. */
export const UNSUBSCRIBE_TEXTS = {
  vi: {
    title: 'Hủy nhận thư mời',
    confirm:
      'Bạn sẽ không nhận thư mời và thư nhắc của các hội chợ gửi tới địa chỉ {{address}} nữa. Vé và thư bạn tự yêu cầu vẫn được gửi.',
    button: 'Hủy nhận thư mời',
    keep: 'Nếu bạn vẫn muốn nhận thư mời, chỉ cần đóng trang này.',
    doneTitle: 'Đã hủy nhận thư mời',
    done: 'Bạn sẽ không nhận thư mời hội chợ nữa. Vé và thư bạn tự yêu cầu (ví dụ vé sau khi đăng ký) vẫn được gửi.',
    invalidTitle: 'Liên kết không hợp lệ',
    invalid:
      'Liên kết hủy đăng ký này không hợp lệ hoặc đã hết hạn. Hãy dùng liên kết trong thư mời gần nhất bạn nhận được.',
  },
  en: {
    title: 'Stop invitations',
    confirm:
      'You will no longer receive fair invitations and reminders at {{address}}. Tickets and mail you ask for yourself are still sent.',
    button: 'Stop invitations',
    keep: 'If you still want invitations, just close this page.',
    doneTitle: 'Invitations stopped',
    done: 'You will no longer receive fair invitations. Tickets and mail you ask for yourself (such as a ticket after registering) are still sent.',
    invalidTitle: 'This link is not valid',
    invalid:
      'This unsubscribe link is not valid or has expired. Please use the link in the latest invitation you received.',
  },
} as const;

/** GET: a button, so a mail scanner that opens the link unsubscribes nobody. */
export const UNSUBSCRIBE_CONFIRM_PAGE: PageTemplate = {
  name: 'unsubscribe.confirm',
  title: '{{t.title}}',
  body: `<div class="card"><h1>{{t.title}}</h1>
<p>{{confirm}}</p>
<form method="post" action="{{action}}">
<input type="hidden" name="List-Unsubscribe" value="One-Click">
<input type="hidden" name="from" value="page">
<div class="actions"><button class="button" type="submit">{{t.button}}</button></div>
</form>
<p class="dimmed">{{t.keep}}</p></div>`,
};

export const UNSUBSCRIBE_DONE_PAGE: PageTemplate = {
  name: 'unsubscribe.done',
  title: '{{t.doneTitle}}',
  body: `<div class="card"><h1>{{t.doneTitle}}</h1><p role="status">{{t.done}}</p></div>`,
};

export const UNSUBSCRIBE_INVALID_PAGE: PageTemplate = {
  name: 'unsubscribe.invalid',
  title: '{{t.invalidTitle}}',
  body: `<div class="card"><h1>{{t.invalidTitle}}</h1><p>{{t.invalid}}</p></div>`,
};
