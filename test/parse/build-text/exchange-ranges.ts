// The build ranges of the shipped catalog's products, as a caller passes them (checked against the catalog).
import type { DottedBuild } from '../../../src/parse/build/build.js';
import type { BuildTextContext } from '../../../src/parse/build-text/read-build-text.js';

const range = (from: DottedBuild, below: DottedBuild): { from: DottedBuild; below: DottedBuild } => ({ from, below });

export const EXCHANGE_CONTEXT: BuildTextContext = {
  plausible: [
    range([8, 0, 0, 0], [9, 0, 0, 0]),
    range([14, 0, 0, 0], [15, 0, 0, 0]),
    range([15, 0, 0, 0], [15, 1, 0, 0]),
    range([15, 1, 0, 0], [15, 2, 0, 0]),
    range([15, 2, 0, 0], [15, 2, 2562, 0]),
    range([15, 2, 2562, 0], [15, 3, 0, 0]),
  ],
};
