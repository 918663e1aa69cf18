import type { Report } from '../analyse/report.js';

/** The release a host runs as reports name it, marked when the input only proved its CU level. */
export const installedLabel = (report: Report): string => `${report.installed.name ?? report.build}${report.confidence === 'cu-level' ? ' (CU level)' : ''}`;

/** The release to install as reports name it, marked when only ESU-enrolled organisations can get it. */
export const recommendedLabel = (report: Report): string =>
  report.recommended ? `${report.recommended.name}${report.recommended.availability === 'esu' ? ' (ESU only)' : ''}` : '';
