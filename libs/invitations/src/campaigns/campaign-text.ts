import type { VisitorLanguage } from '../domain';

/** What a subject or body may say in double braces; filled per visitor when sending. */
export const PLACEHOLDERS = [
  'name',
  'organisation',
  'fair',
  'dates',
  'venue',
  'organiser',
] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];
export type PlaceholderValues = Record<Placeholder, string>;

const PLACEHOLDER = /\{\{\s*([^{}]*?)\s*\}\}/g;

/** The placeholders a text uses that are not known: an organiser's typo, reported by name. */
export function unknownPlaceholders(text: string): string[] {
  const unknown = new Set<string>();
  for (const match of text.matchAll(PLACEHOLDER)) {
    if (!(PLACEHOLDERS as readonly string[]).includes(match[1])) unknown.add(match[1]);
  }
  return [...unknown];
}

/** Whether a text says something of its own to each visitor ({{name}}, {{organisation}}). */
export function namesVisitor(text: string): boolean {
  for (const match of text.matchAll(PLACEHOLDER)) {
    if (match[1] === 'name' || match[1] === 'organisation') return true;
  }
  return false;
}

/** Fills the placeholders; the result is plain text (the mail template escapes it). */
export function fillPlaceholders(text: string, values: PlaceholderValues): string {
  return text.replace(PLACEHOLDER, (whole, name: string) =>
    name in values ? values[name as Placeholder] : whole,
  );
}

export interface CampaignTexts {
  subject: Record<VisitorLanguage, string>;
  body: Record<VisitorLanguage, string>;
}

export const DEFAULT_INVITATION_TEXTS: CampaignTexts = {
  subject: {
    vi: 'Thư mời tham dự {{fair}}',
    en: 'Invitation to {{fair}}',
  },
  body: {
    vi: '{{organiser}} trân trọng kính mời Quý khách tham dự {{fair}}, diễn ra {{dates}} tại {{venue}}.\n\nHội chợ giới thiệu sản phẩm của các làng nghề: mây tre đan, gốm sứ, lụa, sơn mài và nhiều nghề truyền thống khác.',
    en: '{{organiser}} is pleased to invite you to {{fair}}, held {{dates}} at {{venue}}.\n\nThe fair presents the work of craft villages: rattan and bamboo, ceramics, silk, lacquer and many other traditional crafts.',
  },
};

export const DEFAULT_REMINDER_TEXTS: CampaignTexts = {
  subject: {
    vi: 'Nhắc lại: {{fair}} ({{dates}})',
    en: 'Reminder: {{fair}} ({{dates}})',
  },
  body: {
    vi: 'Xin nhắc lại lời mời của {{organiser}} tham dự {{fair}}, diễn ra {{dates}} tại {{venue}}.',
    en: 'A reminder of the invitation from {{organiser}} to {{fair}}, held {{dates}} at {{venue}}.',
  },
};

export const REGISTRATION_TEXTS: CampaignTexts = {
  subject: { vi: 'Đăng ký tham dự {{fair}}', en: 'Registration for {{fair}}' },
  body: {
    vi: 'Cảm ơn Quý khách đã đăng ký tham dự {{fair}}.',
    en: 'Thank you for registering for {{fair}}.',
  },
};

/** Texts given in part (a request's subject and body): the rest is taken from `base`. */
export function textsOver(
  subject: Partial<Record<VisitorLanguage, string>> | undefined,
  body: Partial<Record<VisitorLanguage, string>> | undefined,
  base: CampaignTexts,
): CampaignTexts {
  return {
    subject: { vi: subject?.vi ?? base.subject.vi, en: subject?.en ?? base.subject.en },
    body: { vi: body?.vi ?? base.body.vi, en: body?.en ?? base.body.en },
  };
}

/** The texts stored with a campaign or reminder. */
export const storedTexts = (row: {
  subjectVi: string;
  subjectEn: string;
  bodyVi: string;
  bodyEn: string;
}): CampaignTexts => ({
  subject: { vi: row.subjectVi, en: row.subjectEn },
  body: { vi: row.bodyVi, en: row.bodyEn },
});

/** The columns that store texts. */
export const textColumns = (t: CampaignTexts) => ({
  subjectVi: t.subject.vi,
  subjectEn: t.subject.en,
  bodyVi: t.body.vi,
  bodyEn: t.body.en,
});
