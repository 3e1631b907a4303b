import { createHash } from 'node:crypto';

/**
 * The one stylesheet of the server-rendered pages (fair, invitation, ticket, unsubscribe): the
 * web app's Mantine theme in plain CSS, so a visitor who follows a mail's link sees the app's
 * fonts and colours without loading its JavaScript. The values are the theme's
 * (apps/web/src/app/theme.ts): bamboo green at shade 7, the system font stack, radius md, and
 * the AA greys and reds its CSS variables resolver sets.
 */
export const PUBLIC_PAGE_CSS = `:root{--tre-0:#e6f6f1;--tre-1:#cdebe2;--tre-7:#0c6b58;--tre-8:#0a5a4a;--tre-9:#06463a;
--text:#212529;--dimmed:#495057;--border:#ced4da;--body:#fff;--canvas:#f8f9fa;--error:#c92a2a;--radius:8px;
font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Helvetica Neue",Arial,sans-serif;
color:var(--text);background:var(--canvas);line-height:1.55;-webkit-text-size-adjust:100%}
*,*::before,*::after{box-sizing:border-box}
body{margin:0;font-size:1rem}
.skip-link{position:absolute;left:.5rem;top:-4rem;padding:.5rem .75rem;background:var(--body);border:2px solid var(--tre-7);border-radius:4px;z-index:10}
.skip-link:focus{top:.5rem}
header{background:var(--body);border-bottom:1px solid #dee2e6}
.bar{max-width:40rem;margin:0 auto;padding:.75rem 1rem;display:flex;align-items:center;justify-content:space-between;gap:1rem}
.brand{font-weight:700;font-size:1.125rem;color:var(--tre-8);text-decoration:none}
main{max-width:40rem;margin:0 auto;padding:1rem}
.card{background:var(--body);border:1px solid #dee2e6;border-radius:var(--radius);padding:1.25rem;margin:0 0 1rem}
h1{font-size:1.625rem;line-height:1.3;font-weight:650;margin:0 0 .75rem}
h2{font-size:1.25rem;line-height:1.35;font-weight:650;margin:0 0 .5rem}
p{margin:0 0 .75rem}
a{color:var(--tre-7)}
a:focus-visible,button:focus-visible,input:focus-visible,select:focus-visible{outline:2px solid var(--tre-7);outline-offset:2px}
.dimmed{color:var(--dimmed);font-size:.875rem}
dl{margin:0 0 .75rem}dt{font-weight:600}dd{margin:0 0 .5rem}
ul.days{margin:0;padding-left:1.25rem}
.badge{display:inline-block;padding:.125rem .625rem;border-radius:1rem;font-size:.8125rem;font-weight:600;background:var(--tre-0);color:var(--tre-9)}
.badge.off{background:#f1f3f5;color:var(--dimmed)}
.notice{border-left:4px solid var(--tre-7);background:var(--tre-0);padding:.75rem 1rem;border-radius:4px;margin:0 0 1rem}
.alert{border-left:4px solid var(--error);background:#fff5f5;padding:.75rem 1rem;border-radius:4px;margin:0 0 1rem}
form{margin:0}
.field{margin:0 0 1rem}
.field label,legend{display:block;font-weight:600;font-size:.9375rem;margin:0 0 .25rem}
.field .hint{color:var(--dimmed);font-size:.8125rem;margin:.25rem 0 0}
.field .error{color:var(--error);font-size:.875rem;margin:.25rem 0 0}
input[type=text],input[type=email],input[type=tel],input[type=number],select{width:100%;font:inherit;font-size:1rem;min-height:2.75rem;padding:.5rem .75rem;border:1px solid var(--border);border-radius:var(--radius);background:var(--body);color:var(--text)}
input[aria-invalid=true]{border-color:var(--error);color:var(--error)}
fieldset{border:0;padding:0;margin:0 0 1rem}
.choice{display:flex;align-items:center;gap:.5rem;min-height:2.75rem}
.choice input{width:1.25rem;height:1.25rem;accent-color:var(--tre-7)}
.button{display:inline-flex;align-items:center;justify-content:center;min-height:2.75rem;padding:.5rem 1.25rem;font:inherit;font-weight:600;border-radius:var(--radius);border:1px solid var(--tre-7);background:var(--tre-7);color:#fff;text-decoration:none;cursor:pointer}
.button:hover{background:var(--tre-8)}
.button.secondary{background:var(--body);color:var(--tre-8)}
.actions{display:flex;flex-wrap:wrap;gap:.5rem;margin:0 0 .75rem}
.qr{display:block;width:min(18rem,100%);height:auto;margin:0 auto 1rem;image-rendering:pixelated}
.code{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:.75rem;word-break:break-all;color:var(--dimmed)}
footer{max-width:40rem;margin:0 auto;padding:0 1rem 2rem;color:var(--dimmed);font-size:.8125rem}
@media (prefers-reduced-motion:reduce){*{transition:none!important;animation:none!important}}`;

const hash = createHash('sha256').update(PUBLIC_PAGE_CSS).digest('hex').slice(0, 12);

/** Named by its content, so browsers keep it a year and a new version is a new name. */
export const PUBLIC_PAGE_CSS_PATH = `/public-assets/page.${hash}.css`;
