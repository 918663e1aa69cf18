// Builds Statement values for the tests of the deciding steps.
import type { DottedBuild } from '../../../src/parse/build/build.js';
import type { Statement } from '../../../src/parse/build-text/finding.js';
import type { BuildTextForm, BuildTextProof } from '../../../src/parse/build-text/reading.js';

export const makeStatement = (build: string, form: BuildTextForm, proves: BuildTextProof, line: number, extra: Partial<Statement> = {}): Statement => ({
  kind: 'statement',
  parts: build.split('.').map(Number) as unknown as DottedBuild,
  form,
  proves,
  label: form,
  line,
  start: 0,
  end: build.length,
  ...extra,
});
