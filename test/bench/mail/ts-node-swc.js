// Child processes of the mail benchmark load TypeScript as `ts-node --swc` does (ts-node has
// no environment variable for swc): node -r ./test/bench/mail/ts-node-swc.js file.ts
require('ts-node').register({ swc: true });
