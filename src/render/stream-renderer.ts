import type { FleetSummary } from '../gate/fleet-summary.js';
import type { HostOutcome } from '../gate/host-outcome.js';
import type { StreamOptions } from './render-options.js';

export type RenderedChunk = string | Uint8Array;

/** Renders checked hosts as they come: a start, one piece per host, an end with the summary. */
export interface StreamRenderer {
  readonly start: () => string;
  readonly host: (outcome: HostOutcome) => RenderedChunk | readonly RenderedChunk[];
  readonly end: (summary: FleetSummary) => string;
}

export type StreamRendererFactory = (options: StreamOptions) => StreamRenderer;
