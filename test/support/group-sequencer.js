// jest's order of test files, with a group's parts counted in its size.
//
// jest runs the files that failed last time first, then the ones it has no time for, then the
// rest, the longest first; files with no time it orders by size, the biggest first. A group
// (`*.e2e-spec.ts`, `*.int-spec.ts` importing `./x.e2e`, `./x.int`) is a few lines long: by its
// own size it would start last on a fresh cache and keep one worker busy after the others
// stopped. Its parts' sizes count as its own here.
const { readFileSync, statSync } = require('node:fs');
const { dirname, join } = require('node:path');
const { default: Sequencer } = require('@jest/test-sequencer');

const PART = /^import '(\.{1,2}\/[^']+\.(?:e2e|int))';$/gm;

function sizeWithParts(path) {
  let size = statSync(path).size;
  for (const [, part] of readFileSync(path, 'utf8').matchAll(PART)) {
    // A missing part fails in its group's run, with jest's own message.
    try {
      size += statSync(join(dirname(path), `${part}.ts`)).size;
    } catch {
      // counted as empty
    }
  }
  return size;
}

class GroupSequencer extends Sequencer {
  sort(tests) {
    const sizes = new Map();
    const size = (test) => {
      if (!sizes.has(test.path)) sizes.set(test.path, sizeWithParts(test.path));
      return sizes.get(test.path);
    };
    for (const test of tests) test.duration = this.time(test);
    return tests.sort((a, b) => {
      const failedA = this.hasFailed(a);
      const failedB = this.hasFailed(b);
      if (failedA !== failedB) return failedA ? -1 : 1;
      if ((a.duration != null) !== (b.duration != null)) return a.duration != null ? 1 : -1;
      if (a.duration != null && b.duration != null) return b.duration - a.duration;
      return size(b) - size(a);
    });
  }
}

module.exports = GroupSequencer;
