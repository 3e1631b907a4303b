import { Module } from '@nestjs/common';
import { AccountsModule } from '@hoicho/accounts';
import { ProducersController } from './producers/producers.controller';
import { ProducersService } from './producers/producers.service';

/** Producer organisations, their members and (later) their catalogue. */
@Module({
  imports: [AccountsModule],
  controllers: [ProducersController],
  providers: [ProducersService],
  exports: [ProducersService],
})
export class ExhibitorsModule {}
