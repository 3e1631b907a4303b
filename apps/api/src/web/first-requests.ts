/**
 * What each web app screen asks for first, so the page's answer can name it in a `Link`
 * header and the browser fetches it beside the main script rather than after it has run (on a
 * phone the main script takes most of a second to arrive and another to run: `npm run
 * bench:web`). The web app asks for the same things on a deep link (apps/web/src/main.tsx,
 * producer/preload.ts) with the same URLs, so the browser hands it the preloaded answers.
 */
export interface FirstRequests {
  /** Source modules of the screen's code, as the web build's manifest names them. */
  modules: string[];
  /** API paths (GET) the screen reads first. */
  data: string[];
}

// Ids go into a header: only UUIDs (anything else is not found anyway, and the page says so).
const ID = '([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})';
const PRODUCER = 'src/producer/ProducerArea.tsx';

const applicationPage = (id: string): FirstRequests => ({
  modules: [PRODUCER, 'src/producer/applications/ApplicationPage.tsx'],
  data: [
    `/api/v1/applications/${id}`,
    `/api/v1/applications/${id}/timeline`,
    '/api/v1/waitlist-offers',
  ],
});

const SCREENS: [RegExp, (id: string) => FirstRequests][] = [
  [/^\/producer\/fairs$/, () => ({ modules: [PRODUCER], data: ['/api/v1/public/fairs'] })],
  [
    new RegExp(`^/producer/fairs/${ID}$`, 'i'),
    (id) => ({ modules: [PRODUCER], data: [`/api/v1/public/fairs/${id}`] }),
  ],
  [
    new RegExp(`^/producer/fairs/${ID}/apply$`, 'i'),
    (id) => ({
      modules: [PRODUCER, 'src/producer/applications/ApplyPage.tsx'],
      data: [`/api/v1/fairs/${id}/application-form`, '/api/v1/applications'],
    }),
  ],
  [new RegExp(`^/producer/applications/${ID}$`, 'i'), applicationPage],
  // Links in mails sent before the web app existed: the app moves them to the page above.
  [new RegExp(`^/applications/${ID}$`, 'i'), applicationPage],
  [/^\/producer(\/|$)/, () => ({ modules: [PRODUCER], data: [] })],
  [/^\/organiser(\/|$)/, () => ({ modules: ['src/organiser/OrganiserArea.tsx'], data: [] })],
  [/^\/gate(\/|$)/, () => ({ modules: ['src/gate/GateArea.tsx'], data: [] })],
  [/^\/signin$/, () => ({ modules: ['src/auth/SignInPage.tsx'], data: [] })],
];

/** Every screen's frame asks who is signed in, whatever the path. */
export const SESSION = '/api/v1/auth/browser-session';

/** The first requests of the screen at `path` (the request's path, without its query). */
export function firstRequestsOf(path: string): FirstRequests {
  for (const [pattern, screen] of SCREENS) {
    const match = pattern.exec(path);
    if (match) {
      const found = screen(match[1]);
      return { modules: found.modules, data: [SESSION, ...found.data] };
    }
  }
  return { modules: [], data: [SESSION] };
}
