import type { Report } from '../../analyse/report.js';
import type { EndpointEvidence } from '../../parse/probe/probe-evidence.js';
import { span, type StyledLine } from '../../shared/styled-text.js';
import { wrapLine } from './wrap-line.js';

const pathOf = (url: string): string => {
  try {
    const parsed = new URL(url);
    return `${parsed.pathname}${parsed.search}`;
  } catch {
    return url;
  }
};

function endpointText(endpoint: EndpointEvidence): string {
  const status = endpoint.status === null ? 'no answer' : `HTTP ${endpoint.status}`;
  const via = endpoint.redirects.length === 0 ? '' : ` via ${endpoint.redirects.map(pathOf).join(', ')}`;
  return `    ${pathOf(endpoint.url)}: ${status}${via}; ${endpoint.note}`;
}

/** Where a probed build came from (`input.source`) and what every endpoint gave; nothing for a build given. */
export function probeLines(report: Report, width: number | null): StyledLine[] {
  const { probe, source } = report.input;
  if (!probe) return [];
  const sourceText = `  source: ${source ?? probe.target}`;
  return [
    ...wrapLine([probe.tls?.verified === false ? span('caution', sourceText) : sourceText], width, '    '),
    ...probe.endpoints.flatMap((endpoint) => wrapLine([span('muted', endpointText(endpoint))], width, '      ')),
  ];
}
