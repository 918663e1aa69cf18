/** Progress of a long run, shown by a spinner or not at all. */
export interface Progress {
  readonly tick: (done: number) => void;
  readonly stop: () => void;
}

export const NO_PROGRESS: Progress = { tick: () => undefined, stop: () => undefined };

/** A spinner only where a person watches stderr and stdout goes elsewhere, never in CI or with --quiet. */
export function progressAllowed(env: Readonly<Record<string, string | undefined>>, stderrIsTTY: boolean, stdoutIsTTY: boolean, quiet: boolean): boolean {
  return stderrIsTTY && !stdoutIsTTY && !quiet && (env.CI === undefined || env.CI === '' || env.CI === 'false');
}
