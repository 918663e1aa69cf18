import type { CatalogSource } from '../catalog/model.js';
import type { MonitoringPolicy } from '../gate/monitoring-state.js';
import type { ColorLevel } from '../shared/color-level.js';

export interface ToolIdentity {
  readonly name: string;
  readonly version: string;
}

export interface RenderOptions {
  readonly colorLevel: ColorLevel;
  readonly header: boolean;
  readonly tool: ToolIdentity;
  /** The catalogs used, combined. */
  readonly catalog: CatalogSource;
  /** Each catalog used, in order. */
  readonly catalogs: readonly CatalogSource[];
  readonly asOf: string;
  /** `--format nagios`: the warning level and whether the catalog is stale. */
  readonly monitoring?: MonitoringPolicy;
}

export interface StreamOptions extends RenderOptions {
  /** The host list read (a path, or `stdin`); null for a single build. */
  readonly source: string | null;
}
