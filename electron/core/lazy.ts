/**
 * The core's heavy parts, loaded on first use: PDF making and merging (pdfkit, pdf-lib), the
 * certificate checks (file types, image and PDF parsers), spreadsheets (papaparse) and backups.
 * A command or a screen that does not need them never pays for loading them.
 */
export const pdfExports = () => import('./pdf/exports');
export const pdfFonts = () => import('./pdf/fonts');
export const certificateIntake = () => import('./files/intake');
export const spreadsheets = () => import('../../shared/domain/activity-csv');
export const csvImport = () => import('../../shared/domain/records/operations/csv-import');
export const backups = () => import('./backup/backup');
export const certificateReader = () => import('./certificates/read-file');
