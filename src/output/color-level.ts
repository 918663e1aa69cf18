import type { ColorLevel } from '../shared/color-level.js';

export interface ColorContext {
  readonly flag: boolean | undefined;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly isTTY: boolean;
  readonly detectedLevel: ColorLevel;
}

const FORCE_LEVELS: Record<string, ColorLevel> = { '': 1, true: 1, '1': 1, '2': 2, '3': 3, false: 0, '0': 0 };

export function chooseColorLevel({ flag, env, isTTY, detectedLevel }: ColorContext): ColorLevel {
  if (flag === false) return 0;
  if (flag === true) return detectedLevel > 0 ? detectedLevel : 1;
  if (env.FORCE_COLOR !== undefined) return FORCE_LEVELS[env.FORCE_COLOR] ?? 1;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return 0;
  if (!isTTY || env.TERM === 'dumb') return 0;
  return detectedLevel > 0 ? detectedLevel : 1;
}
