import type { ExposedFix } from '../analyse/report.js';
import type { Suppression } from './suppression.js';

/** An exposed fix with the ignore-file entry that accepts it, if one does. */
export interface GatedFix extends ExposedFix {
  readonly suppressed: Suppression | null;
}
