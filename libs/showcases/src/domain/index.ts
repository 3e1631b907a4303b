export * from './sample-custody';
export * from './label-qr';
export * from './label-sheet.renderer';
export * from './inquiry-guard';
export * from './showcase-dates';
