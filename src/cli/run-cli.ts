import type { RunContext } from '../app/run-context.js';
import { chooseColorLevel } from '../output/color-level.js';
import { createDiagnostics } from '../output/diagnostics.js';
import { todayFrom } from '../shared/calendar-date.js';
import type { ColorLevel } from '../shared/color-level.js';
import { RollupCheckError } from '../shared/errors.js';
import { EXIT_CODES, exitCodeOfError, exitCodeOfRun, type ExitCode } from '../shared/exit-codes.js';
import { checkRequestOf, runCheckCommand } from './check-command.js';
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
 * into exit codes. The usual check is read without commander; everything else loads it.
 */
export async function runCli(argv: readonly string[], edge: ProcessEdge): Promise<ExitCode> {
  const diagnostics = createDiagnostics(edge.writeStderr);
  try {
    const context: RunContext = { ...edge, diagnostics, today: todayFrom(edge.env.SOURCE_DATE_EPOCH, edge.now) };
    const colorLevelFor = (flag: boolean | undefined): ColorLevel =>
      chooseColorLevel({ flag, env: edge.env, isTTY: edge.stdoutIsTTY, detectedLevel: edge.detectedColorLevel });
    const usual = parseUsualCheck(argv);
    const outcome = usual
      ? await runCheckCommand(checkRequestOf(usual.words, usual.options, usual.given, context, colorLevelFor), usual.options, context)
      : await (await import('./program.js')).runProgram(argv, context, colorLevelFor);
    if (outcome === 'shown') return EXIT_CODES.ok;
    if (outcome === 'refused') return EXIT_CODES.usage;
    return exitCodeOfRun(outcome.verdict, outcome.staleCatalog, outcome.failOnStaleCatalog);
  } catch (error) {
    const debug = argv.includes('--debug');
    if (error instanceof RollupCheckError) {
      diagnostics.error(error.lines);
      if (debug && error.stack) diagnostics.raw(`${error.stack}\n`);
      return exitCodeOfError(error.kind);
    }
    diagnostics.error(`internal error: ${(error as Error).message ?? String(error)}`);
    if (debug) diagnostics.raw(`${(error as Error).stack ?? ''}\n`);
    return EXIT_CODES.internal;
  }
}
