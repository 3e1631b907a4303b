/** Three tiers: fast unit specs beside the code (`*.spec.ts`); integration specs beside the
 * code (`*.int.ts`: repositories and services on a cloned database, no HTTP); end-to-end
 * specs under test/ that drive the whole api. The last two talk to real PostgreSQL, Redis and
 * SMTP, started once per run by the global setup. */
const fs = require('fs');
const os = require('os');
const swcrc = JSON.parse(fs.readFileSync(`${__dirname}/.swcrc`, 'utf8'));
const { pathsToModuleNameMapper } = require('./test/support/paths');

// Integration and end-to-end subjects are parts (`*.int.ts`, `*.e2e.ts`) imported a few at a
// time by a `*.int-spec.ts` or `*.e2e-spec.ts`, so that their modules load once per group
// (test/README.md). A part named on the command line (`npx jest test/e2e/fairs/access.e2e.ts`)
// runs alone.
const partNamed = (tier) => process.argv.some((arg) => arg.endsWith(`.${tier}.ts`));

const common = {
  rootDir: __dirname,
  transform: { '^.+\\.ts$': ['@swc/jest', { ...swcrc, swcrc: false }] },
  moduleFileExtensions: ['ts', 'js', 'json'],
  moduleNameMapper: pathsToModuleNameMapper(),
  testEnvironment: 'node',
  // jest's runtime, keeping compiled code and transforms for a worker's next test files.
  runtime: '<rootDir>/test/support/cached-runtime.js',
};

module.exports = {
  // A global option in jest 30: per-project values are ignored.
  // Wide on purpose: a suite must not fail because the machine is busy (no test measures speed).
  testTimeout: 300_000,
  // Jest's default on 2 CPUs is one worker, which runs in band: one heap for all suites (2.7 GB
  // by the end, so a suite that forces a GC crawls) and every suite's waits on PostgreSQL,
  // Redis and SMTP in a row. Two workers ran the whole suite in 302 s instead of 742 s there.
  // A file spends part of its time waiting on those services, so one worker more than the cores
  // keeps them busy: on 2 idle cores 3 workers took 407 s where 2 took 470 s (1,519 tests).
  maxWorkers: Math.max(3, os.cpus().length + 1),
  // A group of parts is a few lines long: jest's order by size would start it last.
  testSequencer: '<rootDir>/test/support/group-sequencer.js',
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/{apps,libs}/**/*.spec.ts'] },
    {
      ...common,
      displayName: 'integration',
      testMatch: [
        '<rootDir>/{apps,libs}/**/*.int-spec.ts',
        ...(partNamed('int') ? ['<rootDir>/{apps,libs}/**/*.int.ts'] : []),
      ],
      globalSetup: '<rootDir>/test/support/global-setup.ts',
      globalTeardown: '<rootDir>/test/support/global-teardown.ts',
    },
    {
      ...common,
      displayName: 'e2e',
      testMatch: [
        '<rootDir>/test/e2e/**/*.e2e-spec.ts',
        ...(partNamed('e2e') ? ['<rootDir>/test/e2e/**/*.e2e.ts'] : []),
      ],
      globalSetup: '<rootDir>/test/support/global-setup.ts',
      globalTeardown: '<rootDir>/test/support/global-teardown.ts',
    },
  ],
};
