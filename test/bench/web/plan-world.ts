/**
 * The organiser plan view's world for the benchmark, made through the API as an organiser
 * would: a fair of 3,000 booths (three zones, each a grid of 20 × 50), the demo producer's
 * application approved and released, the fair allocating, and one finished run.
 */
export interface PlanWorld {
  fairId: string;
  runId: string;
  /** The demo producer's booth in the run's draft, and free booths of its zone. */
  held: string;
  free: string[];
  /** Cookie of the demo organiser's browser session. */
  cookie: string;
}

const DAY = 24 * 60 * 60 * 1000;
const isoIn = (days: number) => new Date(Date.now() + days * DAY).toISOString();
const dateIn = (days: number) => isoIn(days).slice(0, 10);
export const ZONES = ['may-tre-dan', 'gom-su', 'lua'];

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON answers, read field by field
type Call = (path: string, body?: object) => Promise<any>;

async function session(baseUrl: string, email: string): Promise<Call> {
  const login = await fetch(`${baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password: 'hoicho-demo-2026' }),
  });
  if (!login.ok) throw new Error(`sign-in ${email}: ${login.status}`);
  const { token } = (await login.json()) as { token: string };
  return async (path, body) => {
    const answer = await fetch(`${baseUrl}${path}`, {
      method: body ? 'POST' : 'GET',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: body ? JSON.stringify(body) : undefined,
    });
    if (!answer.ok) throw new Error(`${path}: ${answer.status} ${await answer.text()}`);
    return answer.status === 204 ? null : answer.json();
  };
}

export async function browserCookie(baseUrl: string, email: string): Promise<string> {
  const answer = await fetch(`${baseUrl}/api/v1/auth/browser-session`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: baseUrl },
    body: JSON.stringify({ email, password: 'hoicho-demo-2026' }),
  });
  const cookie = answer.headers.get('set-cookie')?.split(';')[0];
  if (!answer.ok || !cookie) throw new Error(`browser sign-in ${email}: ${answer.status}`);
  return cookie;
}

export async function planWorld(baseUrl: string): Promise<PlanWorld> {
  const org = await session(baseUrl, 'bantochuc@congthuong.hanoi.local');
  const producer = await session(baseUrl, 'htx@phuvinh.local');
  const me = await org('/api/v1/auth/me');
  const fair = await org(`/api/v1/organising-bodies/${me.organisingBodyId}/fairs`, {
    nameVi: `Hội chợ 3.000 gian ${Date.now()}`,
    venueName: 'Trung tâm Hội chợ Triển lãm Việt Nam',
    venueAddress: '148 Giảng Võ, Hà Nội',
    days: [{ date: dateIn(40), opens: '08:00', closes: '21:00' }],
    applicationsOpenAt: isoIn(-1),
    applicationsCloseAt: isoIn(30),
  });
  const path = `/api/v1/fairs/${fair.id}`;
  for (const [i, code] of ZONES.entries())
    await org(`${path}/zones`, { code, nameVi: `Khu ${i + 1}` });
  await org(`${path}/booth-types`, {
    code: 'tieu-chuan',
    nameVi: 'Gian tiêu chuẩn 3×3',
    widthM: 3,
    depthM: 3,
    price: '12000000',
  });
  for (const [i, zone] of ZONES.entries()) {
    await org(`${path}/plan/grid`, {
      zone,
      type: 'tieu-chuan',
      prefix: `${'ABC'[i]}-`,
      rows: 20,
      columns: 50,
      origin: { x: 0, y: i * 130 },
      backToBack: true,
    });
  }
  await org(`${path}/status`, { to: 'open' });
  const draft = await producer(`${path}/applications`, {
    boothsWanted: 1,
    boothTypes: ['tieu-chuan'],
    zones: [ZONES[1]],
    wantsCorner: false,
    needs: { power: true, water: false },
  });
  await producer(`/api/v1/applications/${draft.id}/submit`, {});
  await org(`${path}/applications/decisions`, { decision: 'approved', applicationIds: [draft.id] });
  await org(`${path}/applications/decisions/release`, { applicationIds: [draft.id] });
  await org(`${path}/status`, { to: 'allocating' });
  const run = await org(`${path}/allocation/runs`, {});
  for (;;) {
    const now = await org(`${path}/allocation/runs/${run.id}`);
    if (now.status === 'done') break;
    if (now.status === 'failed') throw new Error(`run failed: ${now.failure}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  const result = await org(`${path}/allocation/runs/${run.id}/draft`);
  const held: string = result.assignments[0].booths[0];
  const instance = await org(`${path}/allocation/runs/${run.id}/instance`);
  const neighbours: string[] = instance.booths.find(
    (b: { id: string }) => b.id === held,
  ).neighbours;
  return {
    fairId: fair.id,
    runId: run.id,
    held,
    free: neighbours,
    cookie: await browserCookie(baseUrl, 'bantochuc@congthuong.hanoi.local'),
  };
}
