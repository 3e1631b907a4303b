import eslint from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';
import reactHooks from 'eslint-plugin-react-hooks';

// The layering of the libraries, lowest first: a library may use only those on lower rows,
// apps every library. Each library has up to three public entries: `@hoicho/<lib>` (its
// index.ts), `@hoicho/<lib>/domain`, its pure rules (no Nest, no I/O), which pure code and its
// unit specs load without the framework, and `@hoicho/<lib>/mails`, its mail templates (pure
// too: the mail stories render them in the browser runner; notifications' own offers what a
// template is made of). Test code (specs, `testing/` fixtures) may reach further.
const LAYERS = [
  ['platform'],
  ['notifications'],
  ['accounts'],
  ['exhibitors'],
  ['fairs'],
  ['applications', 'showcases', 'invitations'],
  ['allocation'],
  ['payments'],
];
const TEST_CODE = ['**/*.spec.ts', '**/*.int-spec.ts', '**/*.int.ts', 'libs/*/src/testing/**'];
const PURE_CODE = ['domain', 'engine', 'mails'].map((folder) => `libs/*/src/${folder}/**/*.ts`);
const RELATIVE_INTO_LIBS = { group: ['../../libs/*', '../../../libs/*'] };
const DEEP_IMPORT = {
  regex: '^@hoicho/(?!config/|testing/)[^/]+/(?!(domain|mails)$)',
  message:
    "Import a library through '@hoicho/<lib>' or, from pure code, '@hoicho/<lib>/domain' or '@hoicho/<lib>/mails'.",
};
const IMPURE_IN_PURE_CODE = {
  regex:
    '^(@hoicho/[^/]+|@nestjs/.+|typeorm(/.*)?|bullmq|ioredis|class-validator|class-transformer)$',
  message:
    "Pure code (domain/, engine/, mails/) uses no framework and no I/O: import '@hoicho/<lib>/domain' or '/mails'.",
};

const restrictImports = (patterns) => ({
  'no-restricted-imports': ['error', { patterns: [RELATIVE_INTO_LIBS, ...patterns] }],
});

const boundaries = LAYERS.flatMap((row, rank) =>
  row.flatMap((lib) => {
    const below = LAYERS.slice(0, rank).flat();
    const layering = {
      group: [
        ...LAYERS.flat()
          .filter((other) => !below.includes(other))
          .map((other) => `@hoicho/${other}`),
        '@hoicho/testing',
      ],
      message: `${lib} may import only the libraries below it: ${below.join(', ') || 'none'}.`,
    };
    const files = [`libs/${lib}/src/**/*.ts`];
    return [
      {
        files,
        ignores: [...TEST_CODE, ...PURE_CODE],
        rules: restrictImports([DEEP_IMPORT, layering]),
      },
      {
        files: PURE_CODE.map((pure) => pure.replace('libs/*', `libs/${lib}`)),
        ignores: TEST_CODE,
        rules: restrictImports([DEEP_IMPORT, layering, IMPURE_IN_PURE_CODE]),
      },
    ];
  }),
);

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      '.data/**',
      '**/*.js',
      '**/*.mjs',
      // Generated from the OpenAPI document by `npm run api:client`.
      'apps/web/src/api/schema.d.ts',
    ],
  },
  eslint.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      ...restrictImports([]),
    },
  },
  {
    files: ['apps/api/src/**/*.ts', 'apps/worker/src/**/*.ts'],
    ignores: TEST_CODE,
    rules: restrictImports([DEEP_IMPORT]),
  },
  ...boundaries,
  {
    files: ['apps/web/src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // The web app reaches shared code through its own aliases, never the server's libraries.
      'no-restricted-imports': ['error', { patterns: ['@hoicho/*', '**/libs/*'] }],
    },
  },
);
