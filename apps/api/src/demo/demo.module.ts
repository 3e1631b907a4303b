import { Module } from '@nestjs/common';
import { AccountsModule } from '@hoicho/accounts';
import { ApplicationsModule } from '@hoicho/applications';
import { ExhibitorsModule } from '@hoicho/exhibitors';
import { FairsModule } from '@hoicho/fairs';
import { DemoAccounts } from './demo-accounts';
import { DemoSeeder } from './demo.seeder';
import { DemoSummary } from './demo-summary';

/** First-run demo data (`SEED_DEMO`), written through the libraries' services. */
@Module({
  imports: [AccountsModule, ExhibitorsModule, FairsModule, ApplicationsModule],
  providers: [DemoAccounts, DemoSummary, DemoSeeder],
  exports: [DemoSeeder],
})
export class DemoModule {}
