import type { FleetSummary } from '../../gate/fleet-summary.js';
import type { HostOutcome } from '../../gate/host-outcome.js';
import { catalogFreshness } from '../../gate/catalog-age.js';
import { daysBetween } from '../../shared/calendar-date.js';
import { SEVERITY_BANDS } from '../../shared/severity.js';
import type { StreamRendererFactory } from '../stream-renderer.js';
import { MetricFamily, type Labels } from './exposition.js';

const STATUSES = ['current', 'behind', 'ahead', 'unsupported', 'unknown', 'error'] as const;
const PREFIX = 'rollup_check';
const DAY_SECONDS = 86_400;
const seconds = (date: string): number => Date.parse(`${date}T00:00:00Z`) / 1000;

function families() {
  const family = (name: string, help: string): MetricFamily => new MetricFamily(`${PREFIX}_${name}`, help);
  return {
    info: family('host_info', 'The release a host runs and the one to install (value 1).'),
    status: family('host_status', "The host's status: 1 for the status it has, 0 for the others."),
    gatePassed: family('host_gate_passed', 'Whether the host passes the gate (1) or not (0).'),
    exposed: family('host_exposed_fixes', 'Fixes the host lacks, by severity (unrated: no severity), suppressed ones left out.'),
    exploited: family('host_exploited_fixes', 'Known-exploited fixes the host lacks.'),
    uncertain: family('host_uncertain_fixes', 'Fixes the build cannot prove missing.'),
    unconfirmed: family(
      'host_unconfirmed_steps',
      'Configuration steps to confirm on the server: fixes the build has whose protection also needs a step it cannot show.',
    ),
    behind: family('host_behind_seconds', 'Time since the first release the host lacks was published, in whole days (0 when it lacks none).'),
  };
}

/**
 * `--format prometheus`: the text exposition format, for node-exporter's textfile collector. Per host
 * (labels `host` and `line`, the row's line in the host list): info, status, gate, exposed fixes by
 * severity, exploited, uncertain, steps to confirm, time behind (in seconds, as Prometheus counts time); then the run: hosts by status, the
 * catalogs and their age. Each family is one block, so the samples are kept until the end: memory
 * grows with the number of hosts (about 1 KB per host).
 */
export const prometheusStreamRenderer: StreamRendererFactory = (options) => {
  const metrics = families();
  return {
    start: () => '',
    host: (outcome: HostOutcome) => {
      const id: Labels =
        outcome.lineNumber === null ? { host: outcome.host ?? outcome.label } : { host: outcome.host ?? outcome.label, line: String(outcome.lineNumber) };
      const status = outcome.checked?.report.status ?? 'error';
      for (const candidate of STATUSES) metrics.status.add({ ...id, status: candidate }, candidate === status ? 1 : 0);
      metrics.gatePassed.add(id, outcome.verdict === 'pass' ? 1 : 0);
      if (!outcome.checked) return '';
      const { report, gate } = outcome.checked;
      metrics.info.add(
        {
          ...id,
          product: report.product?.id ?? '',
          build: report.build,
          release: report.installed.name ?? '',
          service_line: report.installed.line ?? '',
          recommended: report.recommended?.name ?? '',
          confidence: report.confidence,
        },
        1,
      );
      const rated = SEVERITY_BANDS.reduce((sum, band) => sum + gate.counts[band], 0);
      for (const band of SEVERITY_BANDS) metrics.exposed.add({ ...id, severity: band }, gate.counts[band]);
      metrics.exposed.add({ ...id, severity: 'unrated' }, gate.counts.exposed - rated);
      metrics.exploited.add(id, gate.counts.exploited);
      metrics.uncertain.add(id, gate.counts.uncertain);
      metrics.unconfirmed.add(id, gate.unconfirmedCount);
      const first = report.missing[0]?.date;
      if (report.status !== 'unknown') metrics.behind.add(id, first === undefined || first > options.asOf ? 0 : daysBetween(first, options.asOf) * DAY_SECONDS);
      return '';
    },
    end: (summary: FleetSummary) => {
      const run = {
        hosts: new MetricFamily(`${PREFIX}_hosts`, 'Hosts checked, by status.'),
        failed: new MetricFamily(`${PREFIX}_hosts_failed_gate`, 'Hosts that failed the gate.'),
        catalog: new MetricFamily(`${PREFIX}_catalog_info`, 'Each catalog used (value 1).'),
        factsComplete: new MetricFamily(
          `${PREFIX}_catalog_facts_complete_timestamp_seconds`,
          "The date the catalogs' releases and fix lists are complete up to.",
        ),
        age: new MetricFamily(`${PREFIX}_catalog_age_seconds`, "Time from the date the catalogs' facts are complete up to, to the as-of date, in whole days."),
        asOf: new MetricFamily(`${PREFIX}_as_of_timestamp_seconds`, 'The date the analysis was made as of.'),
        tlsVerified: new MetricFamily(`${PREFIX}_tls_verified`, 'Whether the TLS certificates of the servers probed were verified: 0 with --insecure.'),
      };
      for (const status of STATUSES) run.hosts.add({ status }, summary.byStatus[status]);
      run.failed.add({}, summary.failedGate);
      for (const catalog of options.catalogs) {
        run.catalog.add({ file: catalog.file, published: catalog.published, facts_complete: catalog.factsComplete ?? '', digest: catalog.digest }, 1);
      }
      const { factsComplete } = catalogFreshness(options.catalog, options.asOf);
      run.factsComplete.add({}, seconds(factsComplete));
      run.age.add({}, Math.max(0, daysBetween(factsComplete, options.asOf)) * DAY_SECONDS);
      run.asOf.add({}, seconds(options.asOf));
      run.tlsVerified.add({}, options.insecure ? 0 : 1);
      return [...Object.values(metrics), ...Object.values(run)].map((family) => family.render()).join('');
    },
  };
};
