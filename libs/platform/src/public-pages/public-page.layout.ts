/**
 * The frame of every server-rendered page (Handlebars): `{{value}}` is escaped, `{{{body}}}`
 * is only the page template's own rendered output.
 */
export const PUBLIC_PAGE_LAYOUT = `<!doctype html>
<html lang="{{lang}}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{title}} · Hội Chợ</title>
<meta name="description" content="{{description}}">
{{#unless indexable}}<meta name="robots" content="noindex">{{/unless}}
<link rel="stylesheet" href="{{css}}">
</head><body>
<a class="skip-link" href="#main">{{chrome.skip}}</a>
<header><div class="bar"><a class="brand" href="/">Hội Chợ</a>
<a href="{{switchUrl}}" lang="{{otherLang}}" hreflang="{{otherLang}}">{{chrome.switchTo}}</a></div></header>
<main id="main">{{{body}}}</main>
<footer>{{chrome.footer}}</footer>
</body></html>`;

export const PAGE_CHROME = {
  vi: {
    skip: 'Đến nội dung chính',
    switchTo: 'English',
    footer: 'Hội Chợ — nền tảng hội chợ làng nghề.',
  },
  en: {
    skip: 'Skip to main content',
    switchTo: 'Tiếng Việt',
    footer: 'Hội Chợ — the craft-village fair platform.',
  },
} as const;
