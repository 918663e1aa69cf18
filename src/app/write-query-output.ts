import { guardSink } from '../output/guarded-sink.js';
import { destinationSink } from '../output/output-sink.js';
import type { QueryFormat } from '../render/queries/query-output.js';
import type { RunContext } from './run-context.js';

/** Writes a catalog command's output through the output edge: control characters in catalog text never reach the terminal. */
export async function writeQueryOutput(text: string, format: QueryFormat, context: RunContext): Promise<void> {
  const sink = guardSink(destinationSink(context.stdout), format === 'json' ? 'json' : 'visible', 0);
  await sink.write(text);
  await sink.finish();
}
