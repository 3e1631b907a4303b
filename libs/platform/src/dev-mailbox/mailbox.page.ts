import { CapturedMessage } from '../embedded/mailbox.store';
import { escapeHtml } from '../text/escape-html.util';

/** A plain page listing caught mail; each row opens the HTML part. */
export function renderMailboxPage(messages: CapturedMessage[]): string {
  const rows = messages
    .map(
      (m) =>
        `<tr><td>${escapeHtml(m.receivedAt.toISOString().replace('T', ' ').slice(0, 19))}</td><td>${escapeHtml(m.envelopeTo.join(', '))}</td>` +
        `<td><a href="mailbox/messages/${m.id}/html" target="view">${escapeHtml(m.subject)}</a></td></tr>`,
    )
    .join('\n');
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Hộp thư thử nghiệm · Dev mailbox</title>
<meta http-equiv="refresh" content="15">
<style>body{font-family:system-ui,sans-serif;margin:0;display:flex;height:100vh}section{overflow:auto;padding:1rem}
section.list{flex:1 1 45%;border-right:1px solid #ddd}iframe{flex:1 1 55%;border:0;height:100%}
table{border-collapse:collapse;width:100%}td{padding:.3rem .5rem;border-bottom:1px solid #eee;font-size:.9rem}</style></head>
<body><section class="list"><h1>Dev mailbox</h1><p>${messages.length} message(s) caught by the embedded SMTP server. JSON: <a href="mailbox/messages">/dev/mailbox/messages</a></p>
<table><thead><tr><th>Received</th><th>To</th><th>Subject</th></tr></thead><tbody>${rows}</tbody></table></section>
<iframe name="view" title="message"></iframe></body></html>`;
}
