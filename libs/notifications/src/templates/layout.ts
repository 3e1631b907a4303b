import { Locale } from '../outbox/message-status';

/**
 * The frame every email shares; `{{{body}}}` is the rendered template part. The letter is as
 * wide as the screen up to 600 px, so a phone shows it whole (a fixed 600 px made it scroll
 * sideways at 390 px, as the campaign preview showed); a template's long bare link wraps with
 * `overflow-wrap:anywhere` on its own paragraph.
 */
export const HTML_LAYOUT = `<!doctype html>
<html lang="{{locale}}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>{{subject}}</title></head>
<body style="margin:0;background:#f5f1ea;font-family:Arial,Helvetica,sans-serif;color:#2b2b2b">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px 12px">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="width:100%;max-width:600px;background:#fff;border-radius:8px">
<tr><td style="background:#8c3b1f;color:#fff;padding:16px 24px;font-size:20px;font-weight:bold;border-radius:8px 8px 0 0">Hội Chợ</td></tr>
<tr><td style="padding:24px;font-size:15px;line-height:1.6">{{{body}}}</td></tr>
<tr><td style="padding:16px 24px;font-size:12px;color:#777;border-top:1px solid #eee">
{{#if unsubscribeUrl}}{{footer.unsubscribe}} <a href="{{unsubscribeUrl}}" style="color:#777">{{footer.unsubscribeLink}}</a><br>{{/if}}
{{footer.signature}}</td></tr>
</table></td></tr></table></body></html>`;

export const TEXT_LAYOUT = `{{{body}}}

--
{{footer.signature}}
{{#if unsubscribeUrl}}{{footer.unsubscribe}} {{{unsubscribeUrl}}}{{/if}}
`;

export const FOOTER: Record<
  Locale,
  { signature: string; unsubscribe: string; unsubscribeLink: string }
> = {
  vi: {
    signature: 'Hội Chợ — nền tảng hội chợ làng nghề. Thư này được gửi tự động.',
    unsubscribe: 'Không muốn nhận thư mời nữa?',
    unsubscribeLink: 'Hủy đăng ký',
  },
  en: {
    signature: 'Hội Chợ — the craft-village fair platform. This message was sent automatically.',
    unsubscribe: 'No longer want these invitations?',
    unsubscribeLink: 'Unsubscribe',
  },
};
