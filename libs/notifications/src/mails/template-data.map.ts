/**
 * Template name → the data its sender must supply; senders (`OutboxService.record`) and
 * templates share it. Notifications declares only its own mail here. Each library that
 * announces an event by mail adds its names beside its templates, by declaration merging:
 *
 *     declare module '@hoicho/notifications/mails' {
 *       interface TemplateDataMap { 'invitation.letter': InvitationLetterData }
 *     }
 *
 * so notifications knows no other library, and a sender still cannot misspell a name or
 * forget a field.
 */
export interface TemplateDataMap {
  /** `message` is plain text (blank lines separate paragraphs); the action button is optional. */
  'campaign.generic': {
    fullName: string;
    bodyName: string;
    subject: string;
    message: string;
    actionUrl: string | null;
    actionLabel: string | null;
  };
}

export type TemplateName = keyof TemplateDataMap;
