export * from './export-table';
export * from './export-cells';
export * from './csv-writer';
export * from './xlsx-writer';
export * from './send-export';
export * from './export-query.dto';
