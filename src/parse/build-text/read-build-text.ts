// The project's one reader for build text: whatever an admin pastes, the Exchange build it states.
import { checkTextIsReadable } from './guard-text.js';
import { decideReading } from './decide-reading.js';
import type { Finding } from './finding.js';
import { RECOGNISERS, SCANNERS } from './recogniser-table.js';
import type { BuildTextContext, BuildTextReading } from './reading.js';
import { splitSourceText } from './source-text.js';

export { BUILD_TEXT_FORMS, FOREIGN_PRODUCTS } from './reading.js';
export type { BuildRange, BuildTextContext, BuildTextForm, BuildTextProof, BuildTextReading, ForeignProduct } from './reading.js';
export { MAX_TEXT_LENGTH } from './guard-text.js';
export { BUILD_TEXT_HINT } from './build-text-messages.js';
export { nameForeignProduct } from './foreign-products.js';

/**
 * Reads the build `text` states, in any form the recognisers know, and returns it with the form and what
 * it proves; a text without a build but with a release name returns the name. Throws a BuildStringError
 * of one line when the text states no build, two different builds, a cut-off or malformed value, or holds
 * characters no console prints. Linear in the length of the text.
 */
export function readBuildText(text: string, context: BuildTextContext): BuildTextReading {
  checkTextIsReadable(text);
  const source = splitSourceText(text);
  const findings: Finding[] = [];
  for (const finder of [...RECOGNISERS, ...SCANNERS]) {
    for (const finding of finder.find(source)) findings.push(finding);
  }
  return decideReading(text, findings, context);
}
