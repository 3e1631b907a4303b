export * from './engine';
export * from './allocation.module';
export * from './allocation-worker.module';
