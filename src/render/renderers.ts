import type { CheckedReport } from '../gate/checked-report.js';
import { renderJson } from './json.js';
import type { RenderOptions } from './render-options.js';
import { renderText } from './text.js';
import { renderTsv } from './tsv.js';

export const RENDERERS = {
  text: renderText,
  json: renderJson,
  tsv: renderTsv,
} as const satisfies Record<string, (checked: CheckedReport, options: RenderOptions) => string>;

export type Format = keyof typeof RENDERERS;
export const FORMATS = Object.keys(RENDERERS) as Format[];
