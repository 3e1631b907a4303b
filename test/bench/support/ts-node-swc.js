// Child processes of the benchmarks load TypeScript as `ts-node --swc` does (ts-node has
// no environment variable for swc): node -r ./test/bench/support/ts-node-swc.js file.ts
require('ts-node').register({ swc: true });
