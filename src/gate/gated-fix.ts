import type { ExposedFix, StepToConfirm } from '../analyse/report.js';
import type { Suppression } from './suppression.js';

/** An exposed fix with the ignore-file entry that accepts it, if one does. */
export interface GatedFix extends ExposedFix {
  readonly suppressed: Suppression | null;
}

/** A configuration step to confirm on the server, with the ignore-file entry that confirms it, if one does. */
export interface GatedStep extends StepToConfirm {
  readonly suppressed: Suppression | null;
}
