import type { FleetRendererFactory } from './fleet-renderer.js';
import type { FleetFormat } from './fleet-formats.js';
import { jsonFleetRenderer } from './json.js';
import { junitFleetRenderer } from './junit.js';
import { markdownFleetRenderer } from './markdown.js';
import { ndjsonFleetRenderer } from './ndjson.js';
import { sarifFleetRenderer } from './sarif.js';
import { textFleetRenderer } from './text.js';
import { tsvFleetRenderer } from './tsv.js';

export const FLEET_RENDERERS: Record<FleetFormat, FleetRendererFactory> = {
  text: textFleetRenderer,
  json: jsonFleetRenderer,
  ndjson: ndjsonFleetRenderer,
  tsv: tsvFleetRenderer,
  junit: junitFleetRenderer,
  sarif: sarifFleetRenderer,
  markdown: markdownFleetRenderer,
};
