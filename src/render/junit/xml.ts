const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

function isXmlChar(char: string): boolean {
  const code = char.codePointAt(0)!;
  if (code < 0x20) return char === '\t' || char === '\n' || char === '\r';
  return (code <= 0xd7ff || (code >= 0xe000 && code <= 0xfffd) || code >= 0x10000) && !(code >= 0xd800 && code <= 0xdfff);
}

export function escapeXml(text: string): string {
  return [...text]
    .filter(isXmlChar)
    .join('')
    .replace(/[&<>"']/g, (char) => XML_ESCAPES[char]!);
}
