import type { FleetSummary } from '../gate/fleet-summary.js';
import type { HostOutcome } from '../gate/host-outcome.js';
import type { StyledText } from '../shared/styled-text.js';
import type { StreamOptions } from './render-options.js';

/** Text, JSON bytes, or styled text for people; the output edge escapes each before a terminal or file sees it. */
export type RenderedChunk = string | Uint8Array | StyledText;

/** Renders checked hosts as they come: a start, one piece per host, an end with the summary. */
export interface StreamRenderer {
  readonly start: () => RenderedChunk;
  readonly host: (outcome: HostOutcome) => RenderedChunk | readonly RenderedChunk[];
  readonly end: (summary: FleetSummary) => RenderedChunk;
}

export type StreamRendererFactory = (options: StreamOptions) => StreamRenderer;
