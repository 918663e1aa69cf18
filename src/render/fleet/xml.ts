const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

const isXmlChar = (char: string): boolean => char >= ' ' || char === '\t' || char === '\n' || char === '\r';

export function escapeXml(text: string): string {
  return [...text].filter(isXmlChar).join('').replace(/[&<>"']/g, (char) => XML_ESCAPES[char]!);
}
