import type { ChalkInstance } from 'chalk';
import type { Report } from '../../analyse/report.js';
import type { EndpointEvidence } from '../../parse/probe/probe-evidence.js';

const pathOf = (url: string): string => {
  try {
    const parsed = new URL(url);
    return `${parsed.pathname}${parsed.search}`;
  } catch {
    return url;
  }
};

function endpointLine(endpoint: EndpointEvidence): string {
  const status = endpoint.status === null ? 'no answer' : `HTTP ${endpoint.status}`;
  const via = endpoint.redirects.length === 0 ? '' : ` via ${endpoint.redirects.map(pathOf).join(', ')}`;
  return `    ${pathOf(endpoint.url)}: ${status}${via}; ${endpoint.note.replace(/[\t\r\n]+/g, ' ')}`;
}

/** Where a probed build came from (`input.source`) and what every endpoint gave; nothing for a build given. */
export function probeLines(report: Report, chalk: ChalkInstance): string[] {
  const { probe, source } = report.input;
  if (!probe) return [];
  const sourceLine = `  source: ${source ?? probe.target}`;
  return [probe.tls?.verified === false ? chalk.yellow(sourceLine) : sourceLine, ...probe.endpoints.map((endpoint) => chalk.gray(endpointLine(endpoint)))];
}
