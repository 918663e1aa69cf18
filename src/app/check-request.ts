import type { Target } from '../analyse/recommend.js';
import type { FailOnLevel, GatePolicy } from '../gate/gate-policy.js';
import type { HostsFormat } from '../parse/hosts/detect-format.js';
import type { Format } from '../render/format-names.js';
import type { ColorLevel } from '../shared/color-level.js';
import type { CatalogChoice } from './catalog-choice.js';
import type { OutputFile } from './output-targets.js';

/** A check of one build, a host list, or the local server, as the command line asks for it. */
export interface CheckRequest {
  readonly buildString: string | null;
  readonly hostsPath: string | null;
  readonly hostsFormat: HostsFormat | null;
  readonly asOf: string;
  readonly target: Target;
  /** The organisation is enrolled in the Extended Security Update programme of its servers' products. */
  readonly esu: boolean;
  readonly format: Format;
  readonly outputs: readonly OutputFile[];
  readonly header: boolean;
  readonly colorLevel: ColorLevel;
  readonly catalogs: CatalogChoice;
  readonly policy: Omit<GatePolicy, 'ignore'>;
  readonly ignoreFile: string | null;
  readonly quiet: boolean;
  readonly detectTimeoutMs: number;
  readonly maxCatalogAgeDays: number;
  /** `--warning`: the level at which a monitoring check (`--format nagios`) turns WARNING. */
  readonly warningLevel: FailOnLevel;
}
