import type { ColorLevel } from '../shared/color-level.js';
import { escapeControls } from '../shared/escape-controls.js';
import { isStyledText, type StyledText } from '../shared/styled-text.js';
import { guardJsonBytes, guardJsonText } from './json-guard.js';
import type { OutputChunk, OutputSink } from './output-sink.js';
import { paintStyledText } from './paint-styled-text.js';

/**
 * How a format's text is made safe for a terminal: `visible` writes every control character out
 * (`\x1b`, `\u202e`) and paints styled text; `json` keeps the exact data with \u escapes.
 */
export type OutputEscaping = 'visible' | 'json';

export type GuardedChunk = OutputChunk | StyledText;

/** A sink every report byte passes through on its way to stdout or a file. */
export interface GuardedSink {
  readonly write: (chunk: GuardedChunk | readonly GuardedChunk[]) => Promise<void> | undefined;
  readonly flush: () => Promise<void> | undefined;
  readonly finish: () => Promise<void>;
  readonly abandon: () => void;
}

/** Made on first use: a single check writes text, and making it loads Node's encoding support. */
let decoder: TextDecoder | undefined;

function guardChunk(chunk: GuardedChunk, escaping: OutputEscaping, colorLevel: ColorLevel): OutputChunk {
  if (isStyledText(chunk)) return escaping === 'visible' ? paintStyledText(chunk, colorLevel) : guardJsonText(paintStyledText(chunk, 0));
  if (typeof chunk === 'string') return escaping === 'visible' ? escapeControls(chunk, true) : guardJsonText(chunk);
  return escaping === 'visible' ? escapeControls((decoder ??= new TextDecoder()).decode(chunk), true) : guardJsonBytes(chunk);
}

/**
 * The output edge for reports: escapes what every renderer wrote before the sink sees it, and
 * styles styled text at the colour level (0 for files and pipes).
 */
export function guardSink(sink: OutputSink, escaping: OutputEscaping, colorLevel: ColorLevel): GuardedSink {
  return {
    write: (chunk) =>
      sink.write(
        Array.isArray(chunk)
          ? (chunk as readonly GuardedChunk[]).map((part) => guardChunk(part, escaping, colorLevel))
          : guardChunk(chunk as GuardedChunk, escaping, colorLevel),
      ),
    flush: sink.flush,
    finish: sink.finish,
    abandon: sink.abandon,
  };
}
