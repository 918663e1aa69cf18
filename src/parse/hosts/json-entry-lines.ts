/**
 * The line on which each top-level entry of a JSON array starts (or the line of a lone top-level
 * value), found in one pass over the text without parsing it.
 */
export function jsonEntryLines(text: string): number[] {
  const lines: number[] = [];
  let line = 1;
  let depth = 0;
  let expectEntry = false;
  for (let index = 0; index < text.length; index++) {
    const char = text[index]!;
    if (char === '\n') {
      line += 1;
      continue;
    }
    if (char === ' ' || char === '\t' || char === '\r' || char === '\uFEFF') continue;
    if (depth === 0 && lines.length === 0 && char !== '[') lines.push(line);
    if (expectEntry && char !== ']') lines.push(line);
    expectEntry = false;
    if (char === '"') {
      for (index += 1; index < text.length && text[index] !== '"'; index++) {
        if (text[index] === '\\') index += 1;
        else if (text[index] === '\n') line += 1;
      }
    } else if (char === '[' || char === '{') {
      depth += 1;
      if (depth === 1 && char === '[') expectEntry = true;
    } else if (char === ']' || char === '}') {
      depth -= 1;
    } else if (char === ',' && depth === 1) {
      expectEntry = true;
    }
  }
  return lines;
}
