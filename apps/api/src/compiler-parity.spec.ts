import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '../../..');
const read = (file: string) => JSON.parse(readFileSync(join(root, file), 'utf8'));

describe('the build and the tests compile classes alike', () => {
  // With define semantics (tsc's default for ES2022) a DTO carries every declared field, unsent
  // ones as undefined: PATCH services blanked columns in `npm start` while swc-compiled tests,
  // without them, passed.
  it('uses the same class-field semantics in tsc (npm start) as in swc (jest)', () => {
    const tsc = read('tsconfig.json').compilerOptions.useDefineForClassFields;
    const swc = read('.swcrc').jsc.transform.useDefineForClassFields;
    expect(tsc).toBe(false);
    expect(swc).toBe(tsc);
  });
});
