import { Module } from '@nestjs/common';
import { NOTIFICATION_MAILS } from './mails';
import { MailTemplateRegistry } from './mails/mail-template-registry';
import { TemplateRenderer } from './mails/template-renderer';
import { MailsCheck } from './mails-check';

/**
 * The one registry of mail templates in a process and the renderer reading it; notifications'
 * own mail is registered here, every other library's through MailTemplatesModule.
 */
@Module({
  providers: [
    {
      provide: MailTemplateRegistry,
      useFactory: () => {
        const registry = new MailTemplateRegistry();
        registry.register(NOTIFICATION_MAILS);
        return registry;
      },
    },
    {
      provide: TemplateRenderer,
      useFactory: (registry: MailTemplateRegistry) => new TemplateRenderer(registry),
      inject: [MailTemplateRegistry],
    },
    MailsCheck,
  ],
  exports: [MailTemplateRegistry, TemplateRenderer],
})
export class MailRegistryModule {}
