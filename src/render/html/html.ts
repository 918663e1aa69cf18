import type { FleetSummary } from '../../gate/fleet-summary.js';
import type { HostOutcome } from '../../gate/host-outcome.js';
import { describeBasis } from '../describe-catalogs.js';
import { INSECURE_NOTE } from '../insecure-note.js';
import type { StreamOptions } from '../render-options.js';
import type { StreamRendererFactory } from '../stream-renderer.js';
import { SCRIPT, SCRIPT_HASH, STYLE, STYLE_HASH } from './assets.js';
import { barChart } from './charts.js';
import { escapeHtml, linkOrText } from './escape-html.js';
import { hostRowRenderer } from './host-row.js';

const STATUS_FILLS: Readonly<Record<string, string>> = {
  current: '#2e9e57',
  ahead: '#5bb77d',
  behind: '#d9822b',
  unsupported: '#c0392b',
  unknown: '#b8a13a',
  error: '#7a7f89',
};
const CSP = `default-src 'none'; style-src '${STYLE_HASH}'; script-src '${SCRIPT_HASH}'; img-src data:; base-uri 'none'; form-action 'none'`;
const COLUMNS: readonly [string, 'text' | 'number'][] = [
  ['Host', 'text'],
  ['Status', 'text'],
  ['Gate', 'text'],
  ['Runs', 'text'],
  ['Install', 'text'],
  ['Missing', 'number'],
  ['Exploited', 'number'],
  ['Details', 'text'],
];

function pageStart(options: StreamOptions): string {
  const subject = options.source ?? 'one build';
  const header = COLUMNS.map(([name, type]) => `<th scope="col" data-type="${type}">${name}</th>`).join('');
  const statuses = Object.keys(STATUS_FILLS)
    .map((status) => `<option value="${status}">${status}</option>`)
    .join('');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="${escapeHtml(`${options.tool.name} ${options.tool.version}`)}">
<title>${escapeHtml(`Exchange build report: ${subject}, as of ${options.asOf}`)}</title>
<style>${STYLE}</style>
</head>
<body>
<header><h1>Exchange build report</h1><p class="lead">${escapeHtml(`${subject}, as of ${options.asOf}`)}</p></header>
<main>
<section id="hosts"><h2>Hosts</h2>
<div class="controls" id="controls" hidden><label>Filter <input id="filter" type="search" placeholder="host, release or fix id"></label><label>Status <select id="status-filter"><option value="">all</option>${statuses}</select></label><span id="shown"></span></div>
<table id="host-table"><thead><tr>${header}</tr></thead><tbody>
`;
}

function verdictBox(summary: FleetSummary, single: HostOutcome | null): string {
  const passed = summary.failedGate === 0 && summary.byStatus.error === 0;
  const text = single
    ? `${single.label}: ${single.checked?.report.status ?? 'error'}; ${single.verdict === 'pass' ? 'passes the gate' : 'fails the gate'}${single.checked ? ` (${single.checked.gate.counts.exposed} fixes missing)` : ''}`
    : `${summary.hosts} ${summary.hosts === 1 ? 'host' : 'hosts'} checked: ${summary.failedGate} failed the gate${summary.byStatus.error > 0 ? `, ${summary.byStatus.error} could not be read` : ''}`;
  return `<p class="verdict ${passed ? 'pass' : 'fail'}">${escapeHtml(text)}</p>`;
}

function provenance(options: StreamOptions): string {
  const rows = options.catalogs.map(
    (catalog) =>
      `<dt>${escapeHtml(catalog.file)}</dt><dd>published ${escapeHtml(catalog.published)}; facts complete up to ${escapeHtml(catalog.factsComplete ?? 'an undeclared date (its publication)')}; <code>${escapeHtml(catalog.digest)}</code></dd>`,
  );
  const insecure = options.insecure ? `<p class="verdict fail">${escapeHtml(INSECURE_NOTE)}</p>` : '';
  return `<h2>Catalog</h2><dl class="catalogs">${rows.join('')}</dl><p>${escapeHtml(describeBasis(options))}</p>${insecure}`;
}

function summarySection(summary: FleetSummary, options: StreamOptions, single: HostOutcome | null): string {
  const byStatus = barChart(
    'Hosts by status',
    Object.entries(summary.byStatus)
      .filter(([, count]) => count > 0)
      .map(([status, count]) => ({ label: status, value: count, fill: STATUS_FILLS[status] ?? '#7a7f89' })),
  );
  const mostMissing = barChart(
    'Fixes missing on the most hosts',
    summary.mostMissing.map((fix) => ({ label: `${fix.exploited ? '! ' : ''}${fix.id}`, value: fix.hosts, fill: fix.exploited ? '#b42318' : '#4a6fa5' })),
  );
  const charts = [byStatus, mostMissing].filter((chart): chart is string => chart !== null);
  const steps = summary.unconfirmed.map(
    (step) => `<li class="confirm">${escapeHtml(step.id)} on ${step.hosts} ${step.hosts === 1 ? 'host' : 'hosts'}: ${escapeHtml(step.step)}</li>`,
  );
  return [
    '<section id="summary"><h2>Verdict</h2>',
    verdictBox(summary, single),
    charts.length > 0 ? `<div class="charts">${charts.join('')}</div>` : '',
    steps.length > 0
      ? `<h2>To confirm on the server</h2><p>These hosts have fixes whose protection also needs a step on the server that the build cannot show. An ignore-file entry for the fix marks it done.</p><ul>${steps.join('')}</ul>`
      : '',
    provenance(options),
    '</section>',
  ].join('\n');
}

/**
 * `--format html`: one self-contained page (no network: inline style, inline SVG, a small inline
 * script allowed by its hash) readable without script. Host rows are written as they come; the
 * summary, charts and catalog provenance come at the end of the file and are shown first (CSS
 * order). Kept in memory: only what the fleet summary keeps (counts, the ten fixes missing on the
 * most hosts) and one rendering per build.
 */
export const htmlStreamRenderer: StreamRendererFactory = (options) => {
  const row = hostRowRenderer(options.single === true);
  let order = 0;
  let single: HostOutcome | null = null;
  return {
    start: () => pageStart(options),
    host: (outcome) => {
      if (options.single === true) single = outcome;
      order += 1;
      return row(outcome, order);
    },
    end: (summary) =>
      `</tbody></table></section>\n${summarySection(summary, options, single)}\n</main>\n<footer>${escapeHtml(`${options.tool.name} ${options.tool.version}`)}. ${linkOrText(
        'https://github.com/rollup-check/rollup-check',
        'rollup-check',
      )}</footer>\n<script>${SCRIPT}</script>\n</body>\n</html>\n`,
  };
};
