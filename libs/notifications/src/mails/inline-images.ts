import type { RenderedMail } from './template-renderer';

/**
 * A rendered letter's HTML with its inline images (`cid:…`, the VietQR code) as data: URIs: a
 * preview on screen has no mail client to resolve them, and shows the letter as mailed.
 */
export function htmlWithInlineImages(rendered: Pick<RenderedMail, 'html' | 'attachments'>): string {
  let html = rendered.html;
  for (const file of rendered.attachments) {
    if (!file.cid) continue;
    const data = Buffer.from(file.content).toString('base64');
    html = html.split(`cid:${file.cid}`).join(`data:${file.contentType};base64,${data}`);
  }
  return html;
}
