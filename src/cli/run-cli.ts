import { join } from 'node:path';
import { DEFAULT_CONFIG_FILE } from '../app/config-file-name.js';
import type { RunContext } from '../app/run-context.js';
import { fileExists, readTextFile } from '../input/text-files.js';
import { chooseColorLevel } from '../output/color-level.js';
import { createDiagnostics, type Diagnostics } from '../output/diagnostics.js';
import { writeText } from '../output/output-sink.js';
import { pluginText } from '../render/nagios/perfdata.js';
import { todayFrom } from '../shared/calendar-date.js';
import type { ColorLevel } from '../shared/color-level.js';
import { RollupCheckError } from '../shared/errors.js';
import { EXIT_CODES, MONITORING_EXIT_CODES, exitCodeOfError, exitCodeOfMonitoringState, exitCodeOfRun, type ExitCode } from '../shared/exit-codes.js';
import { checkRequestOf, runCheckCommand } from './check-command.js';
import { asksForNagios } from './monitoring-mode.js';
import { parseUsualCheck } from './usual-check.js';

/** What the process edge gives the command line: everything but the date, which is worked out here from `now`. */
export interface ProcessEdge extends Omit<RunContext, 'today' | 'diagnostics'> {
  readonly writeStderr: (text: string) => void;
  readonly now: Date;
  /** The colour level the terminal supports, asked only when colour is on. */
  readonly detectedColorLevel: () => ColorLevel;
}

/**
 * Runs one command line and returns its exit code; the one place that turns outcomes and errors
 * into exit codes. The usual check is read without commander (unless a config file may change
 * its options); everything else loads it. With `--format nagios` (on the command line or in the
 * config file) the exit code is the check's state, and an error is an UNKNOWN check result.
 */
export async function runCli(argv: readonly string[], edge: ProcessEdge): Promise<ExitCode> {
  const diagnostics = createDiagnostics(edge.writeStderr);
  let toldNagios = false;
  const nagios = (): boolean => toldNagios || asksForNagios(argv, () => configText(argv, edge.cwd));
  try {
    const context: RunContext = { ...edge, diagnostics, today: todayFrom(edge.env.SOURCE_DATE_EPOCH, edge.now) };
    const colorLevelFor = (flag: boolean | undefined): ColorLevel =>
      chooseColorLevel({ flag, env: edge.env, isTTY: edge.stdoutIsTTY, detectedLevel: edge.detectedColorLevel });
    const usual = fileExists(join(edge.cwd, DEFAULT_CONFIG_FILE)) ? null : parseUsualCheck(argv);
    const outcome = usual
      ? await runCheckCommand(checkRequestOf(usual.words, usual.options, usual.given, context, colorLevelFor), usual.options, context)
      : await (await import('./program.js')).runProgram(argv, context, colorLevelFor, () => (toldNagios = true));
    if (outcome === 'shown') return EXIT_CODES.ok;
    if ('refused' in outcome) return nagios() ? unknownCheckResult(outcome.refused, edge) : EXIT_CODES.usage;
    if (outcome.monitoringState !== null) return exitCodeOfMonitoringState(outcome.monitoringState);
    return exitCodeOfRun(outcome.verdict, outcome.staleCatalog, outcome.failOnStaleCatalog);
  } catch (error) {
    const code = reportError(error, argv.includes('--debug'), diagnostics);
    return nagios() ? unknownCheckResult(error instanceof RollupCheckError ? (error.lines[0] ?? error.message) : describeInternal(error), edge) : code;
  }
}

/** The text of the config file the run would read (`--config FILE`, else the default one), or null. */
function configText(argv: readonly string[], cwd: string): string | null {
  const given = argv.indexOf('--config');
  const joined = argv.find((word) => word.startsWith('--config='))?.slice('--config='.length);
  const path = joined ?? (given >= 0 ? argv[given + 1] : join(cwd, DEFAULT_CONFIG_FILE));
  try {
    return path === undefined ? null : readTextFile(path);
  } catch {
    return null;
  }
}

const describeInternal = (error: unknown): string => `internal error: ${(error as Error).message ?? String(error)}`;

/** Says on stderr what went wrong (with the stack under --debug) and gives the error's exit code. */
function reportError(error: unknown, debug: boolean, diagnostics: Diagnostics): ExitCode {
  if (error instanceof RollupCheckError) {
    diagnostics.error(error.lines);
    if (debug && error.stack) diagnostics.raw(`${error.stack}\n`);
    return exitCodeOfError(error.kind);
  }
  diagnostics.error(describeInternal(error));
  if (debug) diagnostics.raw(`${(error as Error).stack ?? ''}\n`);
  return EXIT_CODES.internal;
}

/** `--format nagios` never ends with the tool's own error codes: a usage, catalog or internal error is an UNKNOWN check result on stdout. */
function unknownCheckResult(message: string, edge: ProcessEdge): ExitCode {
  try {
    writeText(edge.stdout, `ROLLUP-CHECK UNKNOWN - ${pluginText(message)}\n`);
  } catch {
    // stdout cannot be written (a full disk): the error is on stderr already, the state stays UNKNOWN
  }
  return MONITORING_EXIT_CODES.unknown;
}
