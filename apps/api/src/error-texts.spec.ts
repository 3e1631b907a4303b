import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getMetadataStorage } from 'class-validator';
import { ERROR_TEXTS, FIELD_LABELS, RULE_TEXTS_VI } from '@hoicho/platform';

const LIBS = join(__dirname, '../../../libs');

/** Every source file of the libraries, tests and migrations left out. */
const sources = (readdirSync(LIBS, { recursive: true }) as string[])
  .filter((file) => file.endsWith('.ts') && !/spec\.ts$|\/migrations\//.test(file))
  .map((file) => ({ file, text: readFileSync(join(LIBS, file), 'utf8') }));

const complete = (texts: { vi?: string; en?: string } | undefined) =>
  Boolean(texts?.vi?.trim() && texts?.en?.trim());

describe('the error catalogues', () => {
  it('word every error code raised anywhere in Vietnamese and English', () => {
    const codes = new Set<string>();
    for (const { text } of sources) {
      for (const m of text.matchAll(/new AppError\(\s*'\w+',\s*'(\w+)'/g)) codes.add(m[1]);
      for (const m of text.matchAll(/readonly code = '(\w+)'/g)) codes.add(m[1]);
    }
    // Codes the HTTP layer gives database and framework failures.
    const filter = sources.find(({ file }) => file.endsWith('http-exception.filter.ts'))!.text;
    for (const m of filter.matchAll(/code: '(\w+)'/g)) codes.add(m[1]);
    expect(codes.size).toBeGreaterThan(60);
    expect([...codes].filter((code) => !complete(ERROR_TEXTS[code]))).toEqual([]);
    expect(Object.keys(ERROR_TEXTS).filter((code) => !complete(ERROR_TEXTS[code]))).toEqual([]);
  });

  it('name every validated field in Vietnamese and English, and word every rule in Vietnamese', async () => {
    // Loading the files declares their classes' rules in class-validator's storage.
    for (const { file, text } of sources)
      if (/from 'class-validator'/.test(text) || file.endsWith('.dto.ts'))
        await import(join(LIBS, file));
    const fields = new Set<string>();
    const rules = new Set<string>();
    const storage = getMetadataStorage() as unknown as {
      validationMetadatas: Map<unknown, { propertyName: string; name?: string; type: string }[]>;
    };
    for (const declared of storage.validationMetadatas.values())
      for (const rule of declared) {
        fields.add(rule.propertyName);
        rules.add(rule.name ?? rule.type);
      }
    // The HTTP layer words the body and database failures it reports per field.
    const filter = sources.find(({ file }) => file.endsWith('http-exception.filter.ts'))!.text;
    for (const m of filter.matchAll(/rule: '(\w+)'/g)) rules.add(m[1]);
    const databaseCodes = filter.slice(filter.indexOf('PG_ANSWERS'), filter.indexOf('};'));
    for (const m of databaseCodes.matchAll(/code: '(\w+)'/g)) rules.add(m[1]);
    // The producers' domain checks report stable codes the same way.
    for (const { file, text } of sources) {
      if (!file.startsWith('exhibitors/')) continue;
      for (const m of text.matchAll(/\binvalid\(\s*[^,()]+,\s*'(\w+)'/g)) rules.add(m[1]);
      const added = /(?:\.add|fieldError)\(\s*[^,()]+,\s*(?:'[^']*'|`[^`]*`|[^,()]+),\s*'(\w+)'/g;
      for (const m of text.matchAll(added)) rules.add(m[1]);
    }
    expect(fields.size).toBeGreaterThan(150);
    expect([...fields].filter((field) => !complete(FIELD_LABELS[field]))).toEqual([]);
    expect([...rules].filter((rule) => !RULE_TEXTS_VI[rule]?.trim())).toEqual([]);
  });
});
