/**
 * Lines a console paste carries besides the host list: prompts with the command typed after them, the
 * header and footer blocks of a PowerShell transcript, and the warnings PowerShell prints before output.
 */

/**
 * `PS C:\Users\admin>`, `[PS] C:\Windows\system32>` (the Exchange Management Shell), `PS /home/admin>`,
 * `PS Microsoft.PowerShell.Core\FileSystem::\\srv\share>`, `PS>`, `C:\Windows\system32>` (cmd.exe), and
 * `>> ` continuation lines. Each starts like no host name, CSV header or JSON value does.
 */
const PROMPT = /^\s*(?:(?:\[PS\]\s*|PS\s+)(?:[A-Za-z]:\\|\\\\|\/|~|[A-Za-z][\w.]*\\[\w.]*::)[^>]*>|PS>|[A-Za-z]:\\[^>]*>|>>(?:\s|$))/;
/** The lines of asterisks that open and close a transcript's header and footer. */
const STARS = /^\s*\*{10,}\s*$/;
/** The first line inside such a block: what makes the asterisks a transcript's. */
const TRANSCRIPT_BLOCK = /^\s*(?:(?:Windows )?PowerShell transcript (?:start|end)|Command start time:)/i;
const TRANSCRIPT_NOTE = /^\s*Transcript (?:started|stopped), output file is /i;
const STREAM_MESSAGE = /^\s*(?:WARNING|VERBOSE|DEBUG): /;

export interface ConsoleNoiseFilter {
  /** Whether this line, the next of the text, is console noise rather than part of the list. */
  readonly isNoise: (text: string) => boolean;
}

/** A filter fed the lines of one text in order: a transcript block runs from its asterisks to the next. */
export function createConsoleNoiseFilter(): ConsoleNoiseFilter {
  let afterStars = false;
  let inBlock = false;
  return {
    isNoise(text) {
      if (STARS.test(text)) {
        afterStars = !inBlock;
        inBlock = false;
        return true;
      }
      if (afterStars && TRANSCRIPT_BLOCK.test(text)) inBlock = true;
      afterStars = false;
      return inBlock || PROMPT.test(text) || TRANSCRIPT_NOTE.test(text) || STREAM_MESSAGE.test(text);
    },
  };
}

/** The lines of a whole text without its console noise. */
export function dropConsoleNoise(lines: readonly string[]): string[] {
  const filter = createConsoleNoiseFilter();
  return lines.filter((line) => !filter.isNoise(line));
}
