import type { PageTemplate } from '@hoicho/platform';
import { fairDetails } from './fair.page';

/** The page a personal link opens: the invitation, its answer form, the way to the ticket. */
export const INVITATION_PAGE: PageTemplate = {
  name: 'visitor.invitation',
  title: '{{t.invitation}}: {{fair.name}}',
  body: `<div class="card"><p class="dimmed">{{t.invitation}}</p><h1>{{fair.name}}</h1>
<p>{{dear}}</p>
{{#if saved}}<div class="notice" role="status">{{t.saved}}</div>{{/if}}
<p><span class="badge{{#unless accepted}} off{{/unless}}">{{statusText}}</span>{{#if guestsText}} {{guestsText}}{{/if}}</p>
{{#if answeredAt}}<p class="dimmed">{{answeredAt}}</p>{{/if}}
${fairDetails}
{{#if ticketUrl}}<div class="actions"><a class="button" href="{{ticketUrl}}">{{t.seeTicket}}</a></div>{{/if}}
</div>
<div class="card">
{{#if canAnswer}}
{{#if errorList}}<div class="alert" role="alert"><p>{{t.fix}}</p><ul>{{#each errorList}}<li><a href="#{{field}}">{{text}}</a></li>{{/each}}</ul></div>{{/if}}
<form method="post" action="{{action}}">
<input type="hidden" name="lang" value="{{lang}}">
<fieldset><legend><h2>{{t.answer}}</h2></legend>
<label class="choice"><input type="radio" name="answer" value="accept"{{#unless declined}} checked{{/unless}}> {{t.accept}}</label>
{{#if maxGuests}}<div class="field"><label for="guests">{{guestsLabel}}</label>
<input type="number" id="guests" name="guests" min="0" max="{{maxGuests}}" inputmode="numeric" value="{{guests}}"{{#if errors.guests}} aria-invalid="true" aria-describedby="guests-error"{{/if}}>
{{#if errors.guests}}<p class="error" id="guests-error">{{errors.guests}}</p>{{/if}}</div>{{/if}}
<label class="choice"><input type="radio" name="answer" value="decline"{{#if declined}} checked{{/if}}> {{t.decline}}</label>
</fieldset>
<button class="button" type="submit">{{t.save}}</button>
</form>
{{else}}<h2>{{t.answer}}</h2><p>{{t.cannotAnswer}}</p>{{/if}}
</div>`,
};
