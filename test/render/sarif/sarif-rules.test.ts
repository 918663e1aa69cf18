import { describe, expect, it } from 'vitest';
import type { GatedFix } from '../../../src/gate/gated-fix.js';
import { missingFixRule, ruleJson, SARIF_LEVELS, SARIF_RULE_LIST, SARIF_RULES } from '../../../src/render/sarif/sarif-rules.js';
import type { Severity } from '../../../src/shared/severity.js';

const fix = (severity: Severity | null): GatedFix => ({ severity }) as unknown as GatedFix;

describe('the SARIF rule table', () => {
  it('maps each severity band to the level code scanning shows', () => {
    expect(SARIF_LEVELS).toEqual({ critical: 'error', high: 'error', medium: 'warning', low: 'note' });
  });

  it.each([
    ['critical', 'missing-critical-fix', 'error', '9.0'],
    ['high', 'missing-high-fix', 'error', '7.0'],
    ['medium', 'missing-medium-fix', 'warning', '4.0'],
    ['low', 'missing-low-fix', 'note', '0.1'],
  ] as const)('rules a host missing a %s fix as %s (%s, security-severity %s)', (band, id, level, securitySeverity) => {
    expect(SARIF_RULES[band]).toMatchObject({ id, level, securitySeverity });
    expect(ruleJson(SARIF_RULES[band])).toMatchObject({ id, defaultConfiguration: { level }, properties: { 'security-severity': securitySeverity } });
  });

  it('gives host states that are findings of their own a rule each, without a security-severity', () => {
    expect([SARIF_RULES.unrated, SARIF_RULES.unsupported, SARIF_RULES.unplaced, SARIF_RULES.unreadable].map((rule) => [rule.id, rule.level])).toEqual([
      ['missing-unrated-fix', 'note'],
      ['release-out-of-support', 'error'],
      ['build-not-in-catalog', 'warning'],
      ['unreadable-row', 'warning'],
    ]);
    expect(ruleJson(SARIF_RULES.unreadable)).toEqual({
      id: 'unreadable-row',
      shortDescription: { text: 'The host-list row cannot be read' },
      defaultConfiguration: { level: 'warning' },
      properties: { tags: ['security'] },
    });
    expect(new Set(SARIF_RULE_LIST.map((rule) => rule.id)).size).toBe(SARIF_RULE_LIST.length);
  });

  it.each([
    [['low', 'critical', 'medium'], 'missing-critical-fix'],
    [['moderate', 'important'], 'missing-high-fix'],
    [['low', 'moderate'], 'missing-medium-fix'],
    [[null, 'low'], 'missing-low-fix'],
    [[null], 'missing-unrated-fix'],
    [[], 'missing-unrated-fix'],
  ] as const)('rules the fixes %j by the worst of them: %s', (severities, id) => {
    expect(missingFixRule(severities.map(fix)).id).toBe(id);
  });
});
