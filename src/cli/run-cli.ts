import { CommanderError } from 'commander';
import type { RunContext } from '../app/run-context.js';
import { chooseColorLevel } from '../output/color-level.js';
import { createDiagnostics } from '../output/diagnostics.js';
import { todayFrom } from '../shared/calendar-date.js';
import type { ColorLevel } from '../shared/color-level.js';
import { RollupCheckError } from '../shared/errors.js';
import { EXIT_CODES, MONITORING_EXIT_CODES, exitCodeOfError, exitCodeOfMonitoringState, exitCodeOfRun, type ExitCode } from '../shared/exit-codes.js';
import { pluginText } from '../render/nagios/perfdata.js';
import type { Diagnostics } from '../output/diagnostics.js';
import { asksForNagios } from './monitoring-mode.js';
import { outcomeOf, type CommandOutcome } from './command-outcome.js';
import { createProgram } from './program.js';

/** What the process edge gives the command line: everything but the date, which is worked out here from `now`. */
export interface ProcessEdge extends Omit<RunContext, 'today' | 'diagnostics'> {
  readonly writeStderr: (text: string) => void;
  readonly now: Date;
  /** The colour level the terminal supports (chalk's detection). */
  readonly detectedColorLevel: ColorLevel;
}

/** Runs one command line and returns its exit code; the one place that turns outcomes and errors into exit codes. */
export async function runCli(argv: readonly string[], edge: ProcessEdge): Promise<ExitCode> {
  const diagnostics = createDiagnostics(edge.writeStderr);
  let outcome: CommandOutcome = outcomeOf('pass');
  let nagios = asksForNagios(argv);
  try {
    const context: RunContext = { ...edge, diagnostics, today: todayFrom(edge.env.SOURCE_DATE_EPOCH, edge.now) };
    const colorLevelFor = (flag: boolean | undefined): ColorLevel =>
      chooseColorLevel({ flag, env: edge.env, isTTY: edge.stdoutIsTTY, detectedLevel: edge.detectedColorLevel });
    const program = createProgram(
      context,
      colorLevelFor,
      (done) => (outcome = done),
      () => (nagios = true),
    );
    await program.parseAsync(argv, { from: 'user' });
    if (outcome.monitoringState !== null) return exitCodeOfMonitoringState(outcome.monitoringState);
    return exitCodeOfRun(outcome.verdict, outcome.staleCatalog, outcome.failOnStaleCatalog);
  } catch (error) {
    if (nagios && !(error instanceof CommanderError && error.exitCode === 0)) return unknownCheckResult(error, argv, edge, diagnostics);
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT_CODES.ok : EXIT_CODES.usage;
    const debug = argv.includes('--debug');
    if (error instanceof RollupCheckError) {
      diagnostics.error(error.message);
      if (debug && error.stack) diagnostics.raw(`${error.stack}\n`);
      return exitCodeOfError(error.kind);
    }
    diagnostics.error(`internal error: ${(error as Error).message ?? String(error)}`);
    if (debug) diagnostics.raw(`${(error as Error).stack ?? ''}\n`);
    return EXIT_CODES.internal;
  }
}

/** `--format nagios` never ends with the tool's own error codes: a usage, catalog or internal error is an UNKNOWN check result on stdout. */
function unknownCheckResult(error: unknown, argv: readonly string[], edge: ProcessEdge, diagnostics: Diagnostics): ExitCode {
  const message = error instanceof CommanderError ? error.message.replace(/^error: /, '') : ((error as Error).message ?? String(error));
  if (!(error instanceof CommanderError)) diagnostics.error(error instanceof RollupCheckError ? message : `internal error: ${message}`);
  if (argv.includes('--debug')) diagnostics.raw(`${(error as Error).stack ?? ''}\n`);
  edge.stdout.write(`ROLLUP-CHECK UNKNOWN - ${pluginText(message.split('\n')[0] ?? message)}\n`);
  return MONITORING_EXIT_CODES.unknown;
}
