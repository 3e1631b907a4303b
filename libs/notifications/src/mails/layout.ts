import { Locale } from '../outbox/message-status';

/**
 * The frame every email shares; `{{{body}}}` is the rendered template part. Fluid: the card is
 * the screen's width on a phone and at most 600 px elsewhere (width 100% with max-width, plus a
 * fixed-width ghost table for Outlook on Windows, which ignores max-width). Long links break
 * instead of widening the page. Colours are the web app's (bamboo green, AA on white).
 */
export const HTML_LAYOUT = `<!doctype html>
<html lang="{{locale}}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="x-apple-disable-message-reformatting"><title>{{subject}}</title>
<style>img{max-width:100%;height:auto}a{word-break:break-word}</style></head>
<body style="margin:0;padding:0;background:#f1f3f5;font-family:system-ui,-apple-system,'Segoe UI',Roboto,'Noto Sans',Arial,sans-serif;color:#212529">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="width:100%"><tr><td align="center" style="padding:16px 8px">
<!--[if mso]><table role="presentation" width="600" cellpadding="0" cellspacing="0"><tr><td><![endif]-->
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="width:100%;max-width:600px;background:#ffffff;border-radius:8px">
<tr><td style="background:#0c6b58;color:#ffffff;padding:14px 20px;font-size:20px;font-weight:bold;border-radius:8px 8px 0 0">Hội Chợ</td></tr>
<tr><td style="padding:20px;font-size:16px;line-height:1.6;overflow-wrap:anywhere;word-break:break-word">{{{body}}}</td></tr>
<tr><td style="padding:14px 20px;font-size:13px;color:#495057;border-top:1px solid #dee2e6">
{{#if unsubscribeUrl}}{{footer.unsubscribe}} <a href="{{unsubscribeUrl}}" style="color:#495057">{{footer.unsubscribeLink}}</a><br>{{/if}}
{{footer.signature}}</td></tr>
</table>
<!--[if mso]></td></tr></table><![endif]-->
</td></tr></table></body></html>`;

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
