#!/usr/bin/env node
/*
 * Regenerates libs/platform/src/database/seed/admin-units.json from the `nested-divisions.json`
 * of the public VietnamProvinces project (github.com/sunshine-tech/VietnamProvinces), which
 * keeps the statistics office's list of the two-level map (since 1 July 2025).
 *
 *   node scripts/reference-data/regenerate-admin-units.mjs <nested-divisions.json> <commit> <date>
 *
 * Then update the README beside the seed and add a migration that upserts the new file
 * (see migration 1796649550813-NationalAdministrativeMap.ts): a migration that already ran never reruns.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { format } from 'prettier';

const KINDS = { xã: 'commune', phường: 'ward', 'đặc khu': 'special_zone' };
const [input, commit, date] = process.argv.slice(2);
if (!input || !/^[0-9a-f]{40}$/.test(commit ?? '') || !/^\d{4}-\d{2}-\d{2}$/.test(date ?? '')) {
  console.error('usage: regenerate-admin-units.mjs <nested-divisions.json> <commit> <yyyy-mm-dd>');
  process.exit(2);
}

const pad = (code, width) => String(code).padStart(width, '0');
const nfc = (text) => text.normalize('NFC').trim();
const kindOf = (type) => {
  const kind = KINDS[type];
  if (!kind) throw new Error(`Unknown division type "${type}"`);
  return kind;
};

const provinces = JSON.parse(readFileSync(input, 'utf8')).map((p) => ({
  code: pad(p.code, 2),
  name: nfc(p.name),
  communes: p.wards.map((w) => [pad(w.code, 5), nfc(w.name), kindOf(w.division_type)]),
}));
const communeCount = provinces.reduce((n, p) => n + p.communes.length, 0);

const out = join(
  dirname(fileURLToPath(import.meta.url)),
  '../../libs/platform/src/database/seed/admin-units.json',
);
const seed = {
  source: 'https://github.com/sunshine-tech/VietnamProvinces',
  file: 'vietnam_provinces/data/nested-divisions.json',
  commit,
  date,
  provinces,
};
// Formatted as the repository's prettier does: one commune a line keeps a newer list's diff readable.
writeFileSync(out, await format(JSON.stringify(seed), { parser: 'json' }));
console.log(`${provinces.length} provinces, ${communeCount} communes/wards → ${out}`);
