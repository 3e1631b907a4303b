export * from './exhibitors.module';
export * from './producers/producer.entity';
export * from './producers/producers.service';
