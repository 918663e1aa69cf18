/** A start tag or empty-element tag, as written: no namespace resolution, no entity expansion. */
export interface XmlTag {
  readonly name: string;
  /** The name without its prefix: `assemblyIdentity` for `asmv1:assemblyIdentity`. */
  readonly localName: string;
  readonly attributes: ReadonlyMap<string, string>;
  /** How many elements enclose it: 0 for the root. */
  readonly depth: number;
}

const NAME = /[^\s/>=]+/y;
const ATTRIBUTE = /\s*([^\s/>=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/y;
const TAG_END = /\s*(\/?)>/y;
const PREDEFINED: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Replaces the five predefined entities and numeric references; any other `&name;` stays as written. */
function decodeValue(value: string): string {
  return value.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|lt|gt|amp|quot|apos);/gi, (whole, ref: string) => {
    if (ref[0] !== '#') return PREDEFINED[ref.toLowerCase()] ?? whole;
    const code = ref[1] === 'x' || ref[1] === 'X' ? Number.parseInt(ref.slice(2), 16) : Number(ref.slice(1));
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/** Index just past a `<!DOCTYPE …>` declaration, skipping its internal subset and quoted strings. */
function endOfDeclaration(text: string, from: number): number {
  let brackets = 0;
  for (let i = from; i < text.length; i++) {
    const char = text[i];
    if (char === '"' || char === "'") {
      const close = text.indexOf(char, i + 1);
      if (close === -1) return -1;
      i = close;
    } else if (char === '[') brackets++;
    else if (char === ']') brackets--;
    else if (char === '>' && brackets <= 0) return i + 1;
  }
  return -1;
}

function skipPast(text: string, from: number, marker: string): number {
  const at = text.indexOf(marker, from);
  return at === -1 ? -1 : at + marker.length;
}

/**
 * Lists the start tags of an XML document in order, with their depth. Comments, CDATA sections,
 * processing instructions and declarations (a DOCTYPE with its internal subset too) are skipped and
 * their entities are never defined or expanded. Stops quietly at the first malformed tag: what was
 * read until then is returned. Linear in the length of the text.
 */
export function scanXmlTags(text: string): XmlTag[] {
  const tags: XmlTag[] = [];
  let depth = 0;
  let at = text.indexOf('<');
  while (at !== -1 && at < text.length) {
    let next: number;
    if (text.startsWith('<!--', at)) next = skipPast(text, at + 4, '-->');
    else if (text.startsWith('<![CDATA[', at)) next = skipPast(text, at + 9, ']]>');
    else if (text.startsWith('<?', at)) next = skipPast(text, at + 2, '?>');
    else if (text.startsWith('<!', at)) next = endOfDeclaration(text, at + 2);
    else if (text.startsWith('</', at)) {
      depth = Math.max(0, depth - 1);
      next = skipPast(text, at + 2, '>');
    } else {
      NAME.lastIndex = at + 1;
      const name = NAME.exec(text)?.[0];
      if (name === undefined) return tags;
      const attributes = new Map<string, string>();
      let position = NAME.lastIndex;
      for (ATTRIBUTE.lastIndex = position; ; ATTRIBUTE.lastIndex = position) {
        const attribute = ATTRIBUTE.exec(text);
        if (attribute === null) break;
        if (!attributes.has(attribute[1]!)) attributes.set(attribute[1]!, decodeValue(attribute[2] ?? attribute[3] ?? ''));
        position = ATTRIBUTE.lastIndex;
      }
      TAG_END.lastIndex = position;
      const end = TAG_END.exec(text);
      if (end === null) return tags;
      tags.push({ name, localName: name.slice(name.indexOf(':') + 1), attributes, depth });
      if (end[1] !== '/') depth++;
      next = TAG_END.lastIndex;
    }
    if (next === -1) return tags;
    at = text.indexOf('<', next);
  }
  return tags;
}
