import { join } from 'node:path';
import { DataSourceOptions } from 'typeorm';
import { SnakeNamingStrategy } from './snake-naming.strategy';

// Entities of every library and the one migrations folder, found the same way from the
// sources (tests, CLI) and from the compiled dist/ tree (npm start, worker).
const libsRoot = join(__dirname, '..', '..', '..');

export function dataSourceOptions(
  url: string,
  overrides: Partial<DataSourceOptions> = {},
): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: [join(libsRoot, '*/src/**/*.entity.{ts,js}')],
    migrations: [join(__dirname, 'migrations', '*.{ts,js}')],
    migrationsTableName: 'schema_migrations',
    migrationsTransactionMode: 'each',
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    extra: { max: 20, connectionTimeoutMillis: 10_000 },
    ...overrides,
  } as DataSourceOptions;
}
