import { DynamicModule, Module } from '@nestjs/common';
import { AnyMailTemplate } from './mails/mail-template';
import { MailTemplateRegistry } from './mails/mail-template-registry';
import { MailRegistryModule } from './mail-registry.module';

/**
 * How a library registers the mails it sends, one line among its module's imports:
 * `MailTemplatesModule.register(INVITATION_MAILS)`. The templates are registered as the
 * module is built, before any service can record a message; two different templates under
 * one name stop the process there, and a template that cannot be parsed stops it at start.
 */
@Module({})
export class MailTemplatesModule {
  static register(templates: readonly AnyMailTemplate[]): DynamicModule {
    return {
      module: MailTemplatesModule,
      imports: [MailRegistryModule],
      providers: [
        {
          provide: `mail-templates:${templates.map((t) => t.name).join(',')}`,
          useFactory: (registry: MailTemplateRegistry) => {
            registry.register(templates);
            return templates.length;
          },
          inject: [MailTemplateRegistry],
        },
      ],
    };
  }
}
