import { raw } from 'express';
import { CSV_MEDIA_TYPES } from './plan-import.source';

/** A 300-booth CSV is about 20 kB; 2 MB leaves room for thousands of booths. */
export const PLAN_FILE_LIMIT_BYTES = 2 * 1024 * 1024;

/** The api parses JSON only; the plan import also takes a CSV body, kept as raw bytes. */
export const planCsvBody = raw({ type: CSV_MEDIA_TYPES, limit: PLAN_FILE_LIMIT_BYTES });
