import type { PageTemplate } from '@hoicho/platform';

const FAIR_DETAILS = `<dl>
<dt>{{t.dates}}</dt><dd><ul class="days">{{#each dateLines}}<li>{{this}}</li>{{/each}}</ul></dd>
<dt>{{t.venue}}</dt><dd>{{fair.venueName}}<br>{{fair.venueAddress}}<br><a href="{{fair.mapUrl}}" rel="noopener">{{t.map}}</a></dd>
{{#if organiser}}<dt>{{t.organiser}}</dt><dd>{{organiser}}</dd>{{/if}}
</dl>`;

/** The fair's hours, venue and organiser: shared by the fair, invitation and ticket pages. */
export const fairDetails = FAIR_DETAILS;

/** A text field of the registration form, with its error beside it. */
const field = (
  name: string,
  type: string,
  extra: string,
  optional = false,
) => `<div class="field"><label for="${name}">{{t.${name}}}${optional ? ' <span class="dimmed">({{t.optional}})</span>' : ''}</label>
<input type="${type}" id="${name}" name="${name}" value="{{values.${name}}}" ${extra}{{#if errors.${name}}} aria-invalid="true" aria-describedby="${name}-error"{{/if}}>
{{#if errors.${name}}}<p class="error" id="${name}-error">{{errors.${name}}}</p>{{/if}}</div>`;

/** The fair's public page: what, when, where, and the registration form. */
export const FAIR_PAGE: PageTemplate = {
  name: 'visitor.fair',
  title: '{{fair.name}}',
  indexable: true,
  body: `<div class="card"><h1>{{fair.name}}</h1>${FAIR_DETAILS}</div>
<div class="card"><h2 id="register">{{t.register}}</h2>
{{#if open}}<p>{{t.registerIntro}}</p>
{{#if errorList}}<div class="alert" role="alert"><p>{{t.fix}}</p><ul>{{#each errorList}}<li><a href="#{{field}}">{{text}}</a></li>{{/each}}</ul></div>{{/if}}
<form method="post" action="{{action}}">
<input type="hidden" name="lang" value="{{lang}}">
${field('name', 'text', 'autocomplete="name" required maxlength="200"')}
${field('email', 'email', 'autocomplete="email" required maxlength="254"')}
${field('organisation', 'text', 'autocomplete="organization" maxlength="300"', true)}
${field('phone', 'tel', 'autocomplete="tel" maxlength="40"', true)}
<div class="field"><label for="guests">{{guestsLabel}}</label>
<input type="number" id="guests" name="guests" min="0" max="{{maxGuests}}" inputmode="numeric" value="{{values.guests}}"{{#if errors.guests}} aria-invalid="true" aria-describedby="guests-error"{{/if}}>
{{#if errors.guests}}<p class="error" id="guests-error">{{errors.guests}}</p>{{/if}}</div>
<div class="field"><label for="language">{{t.language}}</label>
<select id="language" name="language"><option value="vi"{{#if (eq values.language "vi")}} selected{{/if}}>Tiếng Việt</option><option value="en"{{#if (eq values.language "en")}} selected{{/if}}>English</option></select></div>
<div class="field"><label class="choice"><input type="checkbox" name="consent" value="true"{{#if values.consent}} checked{{/if}}> {{t.consent}}</label></div>
<button class="button" type="submit">{{t.submit}}</button>
</form>
{{else}}<p>{{t.closed}}</p>{{/if}}</div>`,
};

/** Where the form sends the browser once the registration is taken (Post/Redirect/Get). */
export const REGISTERED_PAGE: PageTemplate = {
  name: 'visitor.registered',
  title: '{{t.registeredTitle}}',
  body: `<div class="card"><h1>{{t.registeredTitle}}</h1>
<p role="status">{{t.registered}}</p>
<p><a href="{{backUrl}}">{{t.back}}</a></p></div>`,
};

/** A link that opens nothing, a fair not announced, an answer refused. */
export const VISITOR_ERROR_PAGE: PageTemplate = {
  name: 'visitor.error',
  title: '{{heading}}',
  body: `<div class="card"><h1>{{heading}}</h1><p>{{message}}</p>
{{#if backUrl}}<p><a href="{{backUrl}}">{{backText}}</a></p>{{/if}}</div>`,
};
