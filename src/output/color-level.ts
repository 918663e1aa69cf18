import type { ColorLevel } from '../shared/color-level.js';

export interface ColorContext {
  readonly flag: boolean | undefined;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly isTTY: boolean;
  /** The level the terminal supports, asked only when colour is on. */
  readonly detectedLevel: () => ColorLevel;
}

const FORCE_LEVELS: Record<string, ColorLevel> = { '': 1, true: 1, '1': 1, '2': 2, '3': 3, false: 0, '0': 0 };

export function chooseColorLevel({ flag, env, isTTY, detectedLevel }: ColorContext): ColorLevel {
  if (flag === false) return 0;
  if (flag === true) return Math.max(detectedLevel(), 1) as ColorLevel;
  if (env.FORCE_COLOR !== undefined) return FORCE_LEVELS[env.FORCE_COLOR] ?? 1;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return 0;
  if (!isTTY || env.TERM === 'dumb') return 0;
  return Math.max(detectedLevel(), 1) as ColorLevel;
}

/**
 * The colour depth a terminal supports, from the environment as chalk's supports-color judges it
 * (CI services, COLORTERM, TERM_PROGRAM, TERM), without loading Node's terminal support.
 */
export function detectColorLevel(env: Readonly<Record<string, string | undefined>>, platform: NodeJS.Platform): ColorLevel {
  if ('TF_BUILD' in env && 'AGENT_NAME' in env) return 1;
  if (env.TERM === 'dumb') return 0;
  if (platform === 'win32') return 2; // Windows 10 and later (all that Node runs on): at least 256 colours
  if ('CI' in env) {
    if (['GITHUB_ACTIONS', 'GITEA_ACTIONS', 'CIRCLECI'].some((key) => key in env)) return 3;
    return ['TRAVIS', 'APPVEYOR', 'GITLAB_CI', 'BUILDKITE', 'DRONE'].some((key) => key in env) || env.CI_NAME === 'codeship' ? 1 : 0;
  }
  if (env.TEAMCITY_VERSION !== undefined) return /^(9\.(0*[1-9]\d*)\.|\d{2,}\.)/.test(env.TEAMCITY_VERSION) ? 1 : 0;
  if (env.COLORTERM === 'truecolor' || env.TERM === 'xterm-kitty') return 3;
  if (env.TERM_PROGRAM === 'iTerm.app') return Number((env.TERM_PROGRAM_VERSION ?? '').split('.')[0]) >= 3 ? 3 : 2;
  if (env.TERM_PROGRAM === 'Apple_Terminal') return 2;
  if (/-256(color)?$/i.test(env.TERM ?? '')) return 2;
  if (/^screen|^xterm|^vt100|^vt220|^rxvt|color|ansi|cygwin|linux/i.test(env.TERM ?? '') || 'COLORTERM' in env) return 1;
  return 0;
}
