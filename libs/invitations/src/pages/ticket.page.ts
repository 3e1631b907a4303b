import type { PageTemplate } from '@hoicho/platform';
import { fairDetails } from './fair.page';

/** The visitor's ticket: the QR to show at the gate, the same as files, and the fair's days. */
export const TICKET_PAGE: PageTemplate = {
  name: 'visitor.ticket',
  title: '{{t.ticket}}: {{fair.name}}',
  body: `<div class="card"><p class="dimmed">{{t.ticket}}</p><h1>{{fair.name}}</h1>
{{#if saved}}<div class="notice" role="status">{{t.saved}}</div>{{/if}}
{{#if ticket}}<p>{{t.ticketIntro}}</p>
<img class="qr" src="{{files.png}}" width="296" height="296" alt="{{qrAlt}}">
<dl><dt>{{t.holder}}</dt><dd>{{name}}{{#if guestsText}} ({{guestsText}}){{/if}}</dd></dl>
${fairDetails}
<h2>{{t.downloads}}</h2>
<div class="actions">
<a class="button secondary" href="{{files.png}}" download>{{t.png}}</a>
<a class="button secondary" href="{{files.pdf}}" download>{{t.pdf}}</a>
<a class="button secondary" href="{{files.ics}}" download>{{t.ics}}</a>
</div>
<p class="dimmed">{{t.ticketCode}}:</p><p class="code">{{ticket.code}}</p>
{{else}}<p>{{t.noTicket}}</p>{{/if}}
<p><a href="{{invitationUrl}}">{{t.backToInvitation}}</a></p></div>`,
};
