import type { GateOutcome } from '../../gate/evaluate-gate.js';
import type { HostOutcome } from '../../gate/host-outcome.js';
import { installedLabel, recommendedLabel } from '../release-labels.js';
import { escapeHtml, linkOrText } from './escape-html.js';

/** The fixes listed per host in a host list (all of them for a single build); the rest are counted. */
const FIXES_PER_HOST = 25;

const gateWords = (outcome: HostOutcome): string =>
  outcome.verdict === 'pass'
    ? 'passes'
    : outcome.verdict === 'unplaced'
      ? 'cannot place the build'
      : outcome.verdict === 'unreadable'
        ? 'unreadable row'
        : 'fails';

/** A host's details: why the gate failed, the fixes it lacks (known-exploited first) and the steps to confirm on the server. */
function details(gate: GateOutcome, limit: number | null): string {
  const listed = limit === null ? gate.shown : gate.shown.slice(0, limit);
  const fixes = listed.map(
    (fix) =>
      `<li${fix.exploited ? ' class="exploited"' : ''}>${linkOrText(fix.url, fix.id)} <span class="sev">${escapeHtml(fix.severity ?? 'unrated')}</span> ${escapeHtml(fix.certain ? '' : 'may lack: ')}${escapeHtml(fix.summary)} <small>(${escapeHtml(fix.fixedIn)})</small>${fix.suppressed ? ` <small>accepted: ${escapeHtml(fix.suppressed.reason)}</small>` : ''}</li>`,
  );
  const more = gate.shown.length - listed.length;
  const steps = gate.unconfirmed.map((step) => `<li class="confirm">${linkOrText(step.url, step.id)}: ${escapeHtml(step.step)}</li>`);
  const parts = [
    ...(gate.reasons.length > 0 ? [`<p>Gate: ${escapeHtml(gate.reasons.join('; '))}</p>`] : []),
    ...(fixes.length > 0 ? [`<ul class="fixes">${fixes.join('')}${more > 0 ? `<li>…and ${more} more</li>` : ''}</ul>`] : []),
    ...(steps.length > 0 ? [`<p class="confirm">To confirm on the server:</p><ul class="fixes">${steps.join('')}</ul>`] : []),
  ];
  const label = `${gate.counts.exposed} missing${gate.unconfirmed.length > 0 ? `, ${gate.unconfirmed.length} to confirm` : ''}`;
  return parts.length === 0 ? '' : `<details><summary>${escapeHtml(label)}</summary>${parts.join('')}</details>`;
}

/**
 * One host as a table row. Hosts that share a gate outcome (the same build) share the rendered
 * cells after the host name, so a large fleet renders each build once.
 */
export function hostRowRenderer(singleBuild: boolean): (outcome: HostOutcome, order: number) => string {
  const cells = new WeakMap<GateOutcome, string>();
  const limit = singleBuild ? null : FIXES_PER_HOST;
  return (outcome, order) => {
    const status = outcome.checked?.report.status ?? 'error';
    const head = `<tr data-status="${status}" data-order="${order}"><td>${escapeHtml(outcome.label)}</td><td class="status status-${status}">${status}</td><td>${gateWords(outcome)}</td>`;
    if (!outcome.checked)
      return `${head}<td>${escapeHtml(outcome.error ?? 'unreadable row')}</td><td></td><td class="num" data-sort="-1"></td><td class="num" data-sort="-1"></td><td></td></tr>\n`;
    const { report, gate } = outcome.checked;
    let rest = cells.get(gate);
    if (rest === undefined) {
      const install = report.upToDate
        ? 'up to date'
        : report.recommended
          ? `${linkOrText(report.recommended.url, recommendedLabel(report))}${report.recommended.kb ? ` <small>${escapeHtml(report.recommended.kb)}</small>` : ''}`
          : '';
      rest = [
        `<td>${escapeHtml(installedLabel(report))} <small>${escapeHtml(report.build)}</small></td>`,
        `<td>${install}</td>`,
        `<td class="num" data-sort="${gate.counts.exposed}">${gate.counts.exposed}</td>`,
        `<td class="num" data-sort="${gate.counts.exploited}">${gate.counts.exploited}</td>`,
        `<td>${details(gate, limit)}</td></tr>\n`,
      ].join('');
      cells.set(gate, rest);
    }
    return `${head}${rest}`;
  };
}
