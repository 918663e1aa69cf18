import type { CheckedReport } from '../gate/checked-report.js';
import type { Format } from './format-names.js';
import { htmlStreamRenderer } from './html/html.js';
import { jsonStreamRenderer } from './json/fleet-json.js';
import { ndjsonStreamRenderer } from './json/ndjson.js';
import { renderReportJson } from './json/report-json.js';
import { junitStreamRenderer } from './junit/junit.js';
import { markdownStreamRenderer } from './markdown/markdown.js';
import { nagiosStreamRenderer } from './nagios/nagios.js';
import { prometheusStreamRenderer } from './prometheus/prometheus.js';
import type { RenderOptions } from './render-options.js';
import { sarifStreamRenderer } from './sarif/sarif.js';
import type { StreamRendererFactory } from './stream-renderer.js';
import { renderReportTextWithSteps, textWithStepsStreamRenderer } from './text/confirm-section.js';
import { renderReportTsv } from './tsv/report-tsv.js';
import { tsvStreamRenderer } from './tsv/fleet-tsv.js';

export interface FormatDefinition {
  /** A single build, where the format has a form of its own for it; otherwise the stream renders it as its one subject. */
  readonly report: ((checked: CheckedReport, options: RenderOptions) => string) | null;
  /** Host lists, host by host. */
  readonly stream: StreamRendererFactory;
}

/** The one table of output formats. */
export const FORMATS: Readonly<Record<Format, FormatDefinition>> = {
  text: { report: renderReportTextWithSteps, stream: textWithStepsStreamRenderer },
  json: { report: renderReportJson, stream: jsonStreamRenderer },
  ndjson: { report: null, stream: ndjsonStreamRenderer },
  tsv: { report: renderReportTsv, stream: tsvStreamRenderer },
  junit: { report: null, stream: junitStreamRenderer },
  sarif: { report: null, stream: sarifStreamRenderer },
  markdown: { report: null, stream: markdownStreamRenderer },
  nagios: { report: null, stream: nagiosStreamRenderer },
  prometheus: { report: null, stream: prometheusStreamRenderer },
  html: { report: null, stream: htmlStreamRenderer },
};
