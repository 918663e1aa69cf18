import type { CatalogSource } from '../catalog/model.js';
import type { MonitoringPolicy } from '../gate/monitoring-state.js';

export interface ToolIdentity {
  readonly name: string;
  readonly version: string;
}

export interface RenderOptions {
  /** The terminal's width in columns for the text view; null for a pipe or a file (no wrapping). */
  readonly width: number | null;
  readonly header: boolean;
  readonly tool: ToolIdentity;
  /** The catalogs used, combined. */
  readonly catalog: CatalogSource;
  /** Each catalog used, in order. */
  readonly catalogs: readonly CatalogSource[];
  readonly asOf: string;
  /** --insecure: TLS certificates of probed servers were not verified, which every format must say. */
  readonly insecure?: boolean;
  /** `--format nagios`: the warning level and whether the catalog is stale. */
  readonly monitoring?: MonitoringPolicy;
}

export interface StreamOptions extends RenderOptions {
  /** The host list read (a path, or `stdin`); null for a single build and for servers given with --probe. */
  readonly source: string | null;
  /** One build (given, read from the local server or from one probed server): the report of that one host. */
  readonly single?: boolean;
}
