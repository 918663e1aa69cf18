import type { FleetSummary } from '../../gate/fleet-summary.js';
import type { HostOutcome } from '../../gate/host-outcome.js';
import type { RenderOptions } from '../render-options.js';

export interface FleetRenderOptions extends RenderOptions {
  readonly source: string;
  readonly asOf: string;
}

export type RenderedChunk = string | Uint8Array;

export interface FleetRenderer {
  readonly start: () => string;
  readonly host: (outcome: HostOutcome) => RenderedChunk | readonly RenderedChunk[];
  readonly end: (summary: FleetSummary) => string;
}

export type FleetRendererFactory = (options: FleetRenderOptions) => FleetRenderer;
