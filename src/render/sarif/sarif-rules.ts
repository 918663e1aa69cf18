import type { GatedFix } from '../../gate/gated-fix.js';
import { bandOf, type SeverityBand } from '../../shared/severity.js';

export type SarifLevel = 'error' | 'warning' | 'note';

/** The SARIF level of each severity band (an unrated fix is a note). */
export const SARIF_LEVELS: Readonly<Record<SeverityBand, SarifLevel>> = { critical: 'error', high: 'error', medium: 'warning', low: 'note' };

/** The `security-severity` code-scanning services sort and label by: the bottom of each band's CVSS range. */
const SECURITY_SEVERITY: Readonly<Record<SeverityBand, string>> = { critical: '9.0', high: '7.0', medium: '4.0', low: '0.1' };

export interface SarifRule {
  readonly id: string;
  readonly level: SarifLevel;
  readonly text: string;
  readonly securitySeverity: string | null;
}

const missingRule = (band: SeverityBand): SarifRule => ({
  id: `missing-${band}-fix`,
  level: SARIF_LEVELS[band],
  text: `The server lacks a fix rated ${band}`,
  securitySeverity: SECURITY_SEVERITY[band],
});

/** The fixed rules: one per band of the worst missing fix, and one each for the host states that are findings of their own. */
export const SARIF_RULES = {
  critical: missingRule('critical'),
  high: missingRule('high'),
  medium: missingRule('medium'),
  low: missingRule('low'),
  unrated: { id: 'missing-unrated-fix', level: 'note', text: 'The server lacks a fix the catalog does not rate', securitySeverity: null },
  unsupported: { id: 'release-out-of-support', level: 'error', text: "The server's release is out of support", securitySeverity: null },
  unplaced: { id: 'build-not-in-catalog', level: 'warning', text: 'The catalog cannot place the build', securitySeverity: null },
  unreadable: { id: 'unreadable-row', level: 'warning', text: 'The host-list row cannot be read', securitySeverity: null },
  unreachable: { id: 'build-not-read', level: 'warning', text: "The server's build could not be read over the network", securitySeverity: null },
  toConfirm: {
    id: 'configuration-step-to-confirm',
    level: 'note',
    text: 'The build has fixes whose protection also needs a step on the server the build cannot show',
    securitySeverity: null,
  },
} as const satisfies Record<string, SarifRule>;

export const SARIF_RULE_LIST: readonly SarifRule[] = Object.values(SARIF_RULES);

/** The rule for a host's missing fixes: the band of the worst of them. */
export function missingFixRule(fixes: readonly GatedFix[]): SarifRule {
  const bands = new Set(fixes.map((fix) => (fix.severity === null ? 'unrated' : bandOf(fix.severity))));
  for (const band of ['critical', 'high', 'medium', 'low'] as const) if (bands.has(band)) return SARIF_RULES[band];
  return SARIF_RULES.unrated;
}

export const ruleJson = (rule: SarifRule): object => ({
  id: rule.id,
  shortDescription: { text: rule.text },
  defaultConfiguration: { level: rule.level },
  properties: { tags: ['security'], ...(rule.securitySeverity !== null ? { 'security-severity': rule.securitySeverity } : {}) },
});
