export * from './vietqr';
