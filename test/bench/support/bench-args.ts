/**
 * A bench's command line: `--name value` or `--name=value`, else the environment variable
 * `env`, else the fallback.
 */
export function argValue(name: string, env: string): string | undefined {
  const argv = process.argv.slice(2);
  const i = argv.findIndex((a) => a === `--${name}` || a.startsWith(`--${name}=`));
  if (i < 0) return process.env[env];
  return argv[i].includes('=') ? argv[i].slice(argv[i].indexOf('=') + 1) : argv[i + 1];
}

/** An integer setting ≥ `min`; anything else stops the bench with the setting's names. */
export function intArg(name: string, env: string, fallback: number, min = 1): number {
  const raw = argValue(name, env);
  const parsed = raw === undefined || raw === '' ? fallback : Number(raw);
  if (!Number.isInteger(parsed) || parsed < min)
    throw new Error(`--${name} (${env}) must be an integer ≥ ${min}, got ${raw}`);
  return parsed;
}

/** A bare flag: `--name`. */
export const flagArg = (name: string): boolean => process.argv.slice(2).includes(`--${name}`);

/** `total` split over `parts` as evenly as integers allow. */
export const share = (total: number, parts: number, i: number): number =>
  Math.floor(total / parts) + (i < total % parts ? 1 : 0);

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
