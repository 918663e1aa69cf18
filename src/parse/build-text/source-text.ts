// Splits a text into the lines every recogniser reads.
import type { SourceText } from './finding.js';

const QUOTED = /^(["'\u201C\u2018])([\s\S]*)(["'\u201D\u2019])$/;

/** The whole text as one token: no BOM, surrounding white space or quotes, nor a trailing full stop. */
function takeWholeToken(body: string): string {
  let token = body.trim();
  const quoted = QUOTED.exec(token);
  if (quoted) token = quoted[2]!.trim();
  if (token.endsWith('.') && !token.endsWith('..')) token = token.slice(0, -1).trimEnd();
  return token;
}

export function splitSourceText(text: string): SourceText {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const lines = body.split(/\r\n|\r|\n/).map((line, index) => ({ number: index + 1, text: line, lower: line.toLowerCase() }));
  return { lines, whole: takeWholeToken(body) };
}
