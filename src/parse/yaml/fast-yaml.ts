import { CORE_SCHEMA, load } from 'js-yaml';

const FORBIDDEN_KEYS = ['__proto__', 'constructor', 'prototype'];

/**
 * Anchors, aliases, explicit (`? `) and flow-collection keys, tags and several documents: the
 * constructs where a quick parse could read a document differently from the positioned one, or
 * expand it without limit. Text with any of them (or what looks like them) takes the positioned
 * parse only.
 */
const NEEDS_POSITIONED_PARSE = /(^|[\s,[{:-])[&*!][^\s,\]}]|^\s*\?(\s|$)|^\s*[[{].*[\]}]\s*:|^(---|\.\.\.)(\s|$)|\t|\b0b[01]|\d_\d/m;

function hasForbiddenKey(value: unknown): boolean {
  const pending: unknown[] = [value];
  while (pending.length > 0) {
    const next = pending.pop();
    if (next === null || typeof next !== 'object') continue;
    if (!Array.isArray(next) && FORBIDDEN_KEYS.some((key) => Object.prototype.hasOwnProperty.call(next, key))) return true;
    for (const child of Object.values(next)) pending.push(child);
  }
  return false;
}

/**
 * The data of a YAML text read quickly, without positions, in YAML 1.2's core schema (as the
 * positioned parse reads it), or null when the text needs the positioned parse: a syntax error,
 * a duplicate key, a forbidden key, or a construct listed above. A large catalog is read in a
 * fraction of the time and memory; positions are worked out only when a problem needs one.
 */
export function loadQuickly(text: string): { readonly data: unknown } | null {
  if (NEEDS_POSITIONED_PARSE.test(text)) return null;
  try {
    const data = load(text, { schema: CORE_SCHEMA, json: false });
    return hasForbiddenKey(data) ? null : { data };
  } catch {
    return null;
  }
}
