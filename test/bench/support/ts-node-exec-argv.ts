import { join } from 'node:path';

/** node flags for a TypeScript child process, as `ts-node --swc -r tsconfig-paths/register`. */
export const TS_NODE_EXEC_ARGV = [
  '-r',
  join(__dirname, 'ts-node-swc.js'),
  '-r',
  'tsconfig-paths/register',
];
