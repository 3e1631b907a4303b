import { domainToASCII } from 'node:url';
import { toNfc } from '@hoicho/platform/domain';

export type EmailRejection = 'empty' | 'too_long' | 'syntax' | 'domain';
export type EmailCheck = { ok: true; value: string } | { ok: false; reason: EmailRejection };

export const EMAIL_REJECTION_MESSAGES: Record<EmailRejection, string> = {
  empty: 'Email is empty',
  too_long: 'Email is longer than 254 characters',
  syntax: 'Email is not a valid address',
  domain: 'Email domain is not valid',
};

// Copy-paste from Word or web pages carries zero-width characters that are invisible but break
// uniqueness.
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF]/g;
// RFC 5322 dot-atom; quoted local parts are legal but in practice only ever junk.
const LOCAL_PART = /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;
const DNS_LABEL = /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/;
const TOP_LEVEL = /^([a-z]{2,63}|xn--[a-z0-9-]{1,59})$/;

/** A list's addresses share few domains: each one's ASCII form is worked out once (bounded). */
const asciiDomains = new Map<string, string>();
const ASCII_DOMAINS_KEPT = 1_000;

function asciiDomain(domain: string): string {
  let ascii = asciiDomains.get(domain);
  if (ascii === undefined) {
    ascii = domainToASCII(domain);
    if (asciiDomains.size >= ASCII_DOMAINS_KEPT) asciiDomains.clear();
    asciiDomains.set(domain, ascii);
  }
  return ascii;
}

/**
 * Normalises an email address for storage and uniqueness: trimmed, NFC, whole address lower
 * case (local parts are case-sensitive in theory, never in the mailboxes visitors use), an
 * internationalised domain in its ASCII (punycode) form. Accepts the shapes spreadsheets carry:
 * "mailto:a@b.vn" and "Nguyễn Văn An <a@b.vn>".
 */
export function normaliseEmail(input: string): EmailCheck {
  let text = toNfc(input.replace(INVISIBLE, ''));
  text = text.replace(/^mailto:/i, '');
  const angled = /<([^<>]*)>\s*$/.exec(text);
  if (angled) text = angled[1];
  text = text.trim().toLowerCase();

  if (text === '') return { ok: false, reason: 'empty' };
  if (text.length > 254) return { ok: false, reason: 'too_long' };

  const at = text.lastIndexOf('@');
  if (at <= 0 || at !== text.indexOf('@')) return { ok: false, reason: 'syntax' };
  const local = text.slice(0, at);
  if (local.length > 64 || !LOCAL_PART.test(local)) return { ok: false, reason: 'syntax' };

  const domain = asciiDomain(text.slice(at + 1));
  const labels = domain.split('.');
  const domainOk =
    domain.length > 0 &&
    domain.length <= 253 &&
    labels.length >= 2 &&
    labels.every((label) => DNS_LABEL.test(label)) &&
    TOP_LEVEL.test(labels[labels.length - 1]);
  if (!domainOk) return { ok: false, reason: 'domain' };

  const value = `${local}@${domain}`;
  return value.length > 254 ? { ok: false, reason: 'too_long' } : { ok: true, value };
}
