import type { Severity } from '../catalog/document.js';
import type { GateOutcome } from './evaluate-gate.js';
import type { HostOutcome } from './host-outcome.js';

const BAND: Record<Severity, 'critical' | 'high' | 'medium' | 'low'> = { critical: 'critical', high: 'high', important: 'high', medium: 'medium', moderate: 'medium', low: 'low' };

type SeverityCounts = Record<'critical' | 'high' | 'medium' | 'low' | 'exploited' | 'exposed', number>;

const countsByGate = new WeakMap<GateOutcome, SeverityCounts>();

export function severityCounts(outcome: HostOutcome): SeverityCounts {
  if (!outcome.gate) return { critical: 0, high: 0, medium: 0, low: 0, exploited: 0, exposed: 0 };
  const cached = countsByGate.get(outcome.gate);
  if (cached) return cached;
  const counts = { critical: 0, high: 0, medium: 0, low: 0, exploited: 0, exposed: 0 };
  countsByGate.set(outcome.gate, counts);
  for (const fix of outcome.gate.shown) {
    if (fix.suppressed) continue;
    counts.exposed += 1;
    if (fix.exploited) counts.exploited += 1;
    if (fix.severity) counts[BAND[fix.severity]] += 1;
  }
  return counts;
}

