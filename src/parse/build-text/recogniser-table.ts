// The table the reader runs: one recogniser per form, most exact first, then the scanners.
import type { Recogniser, Scanner } from './finding.js';
import { BUILD_TEXT_FORMS } from './reading.js';
import { adSerialNumber } from './recognisers/ad-serial-number.js';
import { adminDisplayVersion } from './recognisers/admin-display-version.js';
import { clixml } from './recognisers/clixml.js';
import { dottedText } from './recognisers/dotted-text.js';
import { fileVersionList } from './recognisers/file-version-list.js';
import { fileVersionTable } from './recognisers/file-version-table.js';
import { healthChecker } from './recognisers/health-checker.js';
import { httpHeader } from './recognisers/http-header.js';
import { mailHeader } from './recognisers/mail-header.js';
import { registrySetup } from './recognisers/registry-setup.js';
import { setupLog } from './recognisers/setup-log.js';
import { systemVersion } from './recognisers/system-version.js';
import { notBuildVersions } from './scanners/not-build-versions.js';
import { releaseNames } from './scanners/release-names.js';
import { truncatedCells } from './scanners/truncated-cells.js';

/** In the order of BUILD_TEXT_FORMS: exact forms first, the bare dotted fallback, then the CU-level forms. */
export const RECOGNISERS: readonly Recogniser[] = [
  fileVersionList,
  fileVersionTable,
  systemVersion,
  clixml,
  healthChecker,
  setupLog,
  httpHeader,
  mailHeader,
  dottedText,
  adminDisplayVersion,
  adSerialNumber,
  registrySetup,
];

export const SCANNERS: readonly Scanner[] = [truncatedCells, notBuildVersions, releaseNames];

/** The recogniser of a form (each form has exactly one). */
export const findRecogniser = (form: (typeof BUILD_TEXT_FORMS)[number]): Recogniser => RECOGNISERS.find((recogniser) => recogniser.form === form)!;
