import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { TemplateRenderer } from './mails/template-renderer';

/** Refuses to start with a registered template that cannot render (see `checkAll`). */
@Injectable()
export class MailsCheck implements OnApplicationBootstrap {
  constructor(private readonly renderer: TemplateRenderer) {}

  onApplicationBootstrap(): void {
    this.renderer.checkAll();
  }
}
