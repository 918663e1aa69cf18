import type { GatedStep } from '../../gate/gated-fix.js';
import type { HostOutcome } from '../../gate/host-outcome.js';
import { installedLabel } from '../release-labels.js';

/** The rule id of a configuration step to confirm: the fix id with a suffix, so it never mixes with the missing fix. */
export const stepRuleId = (step: GatedStep): string => `${step.id}/configuration`;

export const stepRule = (step: GatedStep): object => ({
  id: stepRuleId(step),
  shortDescription: { text: `Confirm on the server: ${step.step}` },
  fullDescription: { text: `${step.id}: ${step.summary}. The build has the fix; its protection also needs this step, which the build cannot show.` },
  ...(step.url ? { helpUri: step.url } : {}),
  defaultConfiguration: { level: 'note' },
  properties: { tags: ['configuration'] },
});

/**
 * Note-level results of kind `review` for the steps a host's build cannot show: a person must look.
 * `location` and `fingerprint` are the host's, as for its missing fixes.
 */
export function stepResults(
  { label, checked }: HostOutcome,
  ruleIndex: (step: GatedStep) => number,
  location: object,
  fingerprint: (ruleId: string) => string,
): object[] {
  return (checked?.gate.unconfirmed ?? []).map((step) => ({
    ruleId: stepRuleId(step),
    ruleIndex: ruleIndex(step),
    kind: 'review',
    level: 'note',
    message: { text: `${label} (${installedLabel(checked!.report)}) has ${step.id}; confirm on the server: ${step.step}` },
    locations: [location],
    partialFingerprints: { 'rollupCheckHostFix/v1': fingerprint(stepRuleId(step)) },
    ...(step.suppressed ? { suppressions: [{ kind: 'external', justification: step.suppressed.reason }] } : {}),
  }));
}
