import { AnyMailTemplate, MailTemplate } from './mail-template';
import { TemplateName } from './template-data.map';

export class UnknownTemplateError extends Error {}

/** Two libraries registered different templates under one name. */
export class DuplicateTemplateError extends Error {}

/**
 * The mail templates a process can send, each registered by the library whose event it
 * announces (`MailTemplatesModule.register`). Recording a message whose template is not
 * registered fails in the sender's transaction, so no row is left that no one can render.
 */
export class MailTemplateRegistry {
  private readonly byName = new Map<string, AnyMailTemplate>();

  /** Registering the same template again (a library's api and worker modules both do) is a no-op. */
  register(templates: readonly AnyMailTemplate[]): void {
    for (const template of templates) {
      const known = this.byName.get(template.name);
      if (known && known !== template)
        throw new DuplicateTemplateError(`two mail templates are named ${template.name}`);
      this.byName.set(template.name, template);
    }
  }

  has(name: string): boolean {
    return this.byName.has(name);
  }

  get<N extends TemplateName>(name: N): MailTemplate<N>;
  get(name: string): MailTemplate;
  get(name: string): MailTemplate {
    const template = this.byName.get(name);
    if (!template) throw new UnknownTemplateError(`no mail template is registered as ${name}`);
    return template as MailTemplate;
  }

  all(): AnyMailTemplate[] {
    return [...this.byName.values()];
  }
}
