/** A label code as the API accepts it: 1–20 of A–Z, 0–9 and dashes (e.g. S-0001, MT-007). */
const CODE = /^[A-Z0-9][A-Z0-9-]{0,19}$/;

/**
 * The sample's label code in what a scan or a person gave: a label QR carries the product's
 * public page with `?sample=<code>`; a typed code is taken as it is (trimmed, upper-cased).
 * Undefined when it is neither.
 */
export function labelCodeOf(scanned: string): string | undefined {
  const text = scanned.trim();
  if (/^https?:\/\//i.test(text)) {
    if (!URL.canParse(text)) return undefined;
    const url = new URL(text);
    if (!/\/catalogue\/fairs\/[^/]+\/products\/[^/]+$/.test(url.pathname)) return undefined;
    const code = url.searchParams.get('sample')?.toUpperCase();
    return code && CODE.test(code) ? code : undefined;
  }
  const code = text.toUpperCase();
  return CODE.test(code) ? code : undefined;
}
