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
import type { RenderedChunk, StreamRendererFactory } from './stream-renderer.js';
import { textStreamRenderer } from './text/fleet-text.js';
import { renderReportText } from './text/report-text.js';
import { renderReportTsv } from './tsv/report-tsv.js';
import { tsvStreamRenderer } from './tsv/fleet-tsv.js';

export interface FormatDefinition {
  /** A single build, where the format has a form of its own for it; otherwise the stream renders it as its one subject. */
  readonly report: ((checked: CheckedReport, options: RenderOptions) => RenderedChunk) | null;
  /** Host lists, host by host. */
  readonly stream: StreamRendererFactory;
  /**
   * How the output edge keeps data from reaching a terminal as control codes: `visible` writes
   * control characters out (`\x1b`) in text for people; `json` escapes them as \u escapes, keeping the data exact.
   */
  readonly escaping: 'visible' | 'json';
}

/** The one table of output formats. */
export const FORMATS: Readonly<Record<Format, FormatDefinition>> = {
  text: { report: renderReportText, stream: textStreamRenderer, escaping: 'visible' },
  json: { report: renderReportJson, stream: jsonStreamRenderer, escaping: 'json' },
  ndjson: { report: null, stream: ndjsonStreamRenderer, escaping: 'json' },
  tsv: { report: renderReportTsv, stream: tsvStreamRenderer, escaping: 'visible' },
  junit: { report: null, stream: junitStreamRenderer, escaping: 'visible' },
  sarif: { report: null, stream: sarifStreamRenderer, escaping: 'json' },
  markdown: { report: null, stream: markdownStreamRenderer, escaping: 'visible' },
  nagios: { report: null, stream: nagiosStreamRenderer, escaping: 'visible' },
  prometheus: { report: null, stream: prometheusStreamRenderer, escaping: 'visible' },
  html: { report: null, stream: htmlStreamRenderer, escaping: 'visible' },
};
