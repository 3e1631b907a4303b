import { defineConfig } from '@playwright/test';
import { cpus } from 'node:os';
import { GATE_CAMERA_FILE } from './test/web/gate/support/gate-camera';

const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const args = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * Browser tests: Debian's Chromium (`apt-get install chromium`; Playwright's own download is
 * not reachable here) against the real api on embedded services, started once by the global
 * setup from the built app (`npm run build` first, as `npm test` does).
 */
export default defineConfig({
  testDir: 'test/web',
  testMatch: '**/*.pw.ts',
  globalSetup: './test/web/support/global-setup.ts',
  fullyParallel: true,
  // A story waits on the api and on paints as much as it computes: on 2 idle cores 3 workers
  // ran the 109 stories in 338 s where 2 took 379 s.
  workers: Math.max(3, cpus().length + 1),
  retries: 0,
  forbidOnly: true,
  // Generous on purpose: a loaded 2-core machine must not fail a test for being slow.
  timeout: 120_000,
  // A hung test (an axe scan stuck in a frame once ignored the test's own timeout) ends the run
  // with a failure well before CI's limit instead of holding it.
  globalTimeout: 40 * 60_000,
  expect: { timeout: 20_000 },
  reporter: [['list'], ['json', { outputFile: '.data/test/playwright.json' }]],
  use: {
    browserName: 'chromium',
    launchOptions: { executablePath, args },
    locale: 'vi-VN',
    // Stories run with reduced motion, as some users do: no fade is ever half-way when axe looks.
    contextOptions: { reducedMotion: 'reduce' },
    timezoneId: 'Asia/Ho_Chi_Minh',
    actionTimeout: 20_000,
    navigationTimeout: 30_000,
    trace: 'retain-on-failure',
  },
  outputDir: '.data/test/playwright-results',
  projects: [
    { name: 'app', testIgnore: /test\/web\/gate\// },
    {
      // The gate's stories scan with a fake camera that plays the video a story writes (a
      // ticket QR); one file for the project, so its stories run one after another.
      name: 'gate',
      testMatch: /test\/web\/gate\/.*\.pw\.ts$/,
      fullyParallel: false,
      use: {
        launchOptions: {
          executablePath,
          args: [
            ...args,
            '--use-fake-device-for-media-stream',
            '--use-fake-ui-for-media-stream',
            `--use-file-for-fake-video-capture=${GATE_CAMERA_FILE}`,
          ],
        },
      },
    },
  ],
});
