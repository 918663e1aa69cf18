import type { Target } from '../analyse/recommend.js';
import type { FailOnLevel, GatePolicy } from '../gate/gate-policy.js';
import type { HostsFormat } from '../parse/hosts/detect-format.js';
import type { Format } from '../render/format-names.js';
import type { ColorLevel } from '../shared/color-level.js';
import type { CatalogChoice } from './catalog-choice.js';
import type { OutputFile } from './output-targets.js';

/** How servers are probed for their build (`--probe-timeout`, `--probe-concurrency`, `--follow-redirects`, `--insecure`). */
export interface ProbeSettings {
  /** Each request; a server gets three times as much in all. */
  readonly timeoutMs: number;
  readonly concurrency: number;
  readonly followRedirects: boolean;
  /** TLS certificates are not verified; every output and stderr say so. */
  readonly insecure: boolean;
}

/** A check of one build, servers probed for theirs, a host list, or the local server, as the command line asks for it. */
export interface CheckRequest {
  readonly buildString: string | null;
  /** Servers to probe: a URL in place of the build string, or every --probe. */
  readonly probeTargets: readonly string[];
  readonly probe: ProbeSettings;
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
  /** The terminal's width for the text view; null when stdout is not a terminal. */
  readonly width: number | null;
  readonly catalogs: CatalogChoice;
  readonly policy: Omit<GatePolicy, 'ignore'>;
  readonly ignoreFile: string | null;
  readonly quiet: boolean;
  readonly detectTimeoutMs: number;
  readonly maxCatalogAgeDays: number;
  /** `--warning`: the level at which a monitoring check (`--format nagios`) turns WARNING. */
  readonly warningLevel: FailOnLevel;
}
