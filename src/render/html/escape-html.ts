/** Text for HTML element content and quoted attribute values: every character that could end either is escaped. */
export const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (character) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[character]!);

/** A link only for http(s) URLs (catalogs are untrusted: no `javascript:` or `data:`); otherwise the text alone. */
export const linkOrText = (url: string | null, text: string): string =>
  url !== null && /^https?:\/\/[^\s]+$/i.test(url) ? `<a href="${escapeHtml(url)}" rel="noreferrer noopener">${escapeHtml(text)}</a>` : escapeHtml(text);
