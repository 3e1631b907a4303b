import type { Campaign, CampaignChange, Language } from './campaigns-api';

export const SEGMENT_VALUES = ['buyer', 'press', 'vip', 'public'] as const;
export type SegmentValue = (typeof SEGMENT_VALUES)[number];

/** What the composer edits: both languages' texts and the audience. */
export interface Draft {
  subject: Record<Language, string>;
  body: Record<Language, string>;
  all: boolean;
  segments: SegmentValue[];
  tags: string[];
}

export const draftOf = (c: Campaign): Draft => ({
  subject: { ...c.subject },
  body: { ...c.body },
  all: c.audience.all,
  segments: c.audience.segments as SegmentValue[],
  tags: [...c.audience.tags],
});

/** The change to store; hand-picked visitors (chosen through the API) are kept as they are. */
export const changeOf = (d: Draft): CampaignChange => ({
  subject: d.subject,
  body: d.body,
  audience: { all: d.all, segments: d.segments, tags: d.tags },
});
