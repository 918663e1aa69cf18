import { isMap, isPair, isScalar, type Document, type Node } from 'yaml';
import type { DocumentPath } from './document-finding.js';

/** Where a path of the document starts in its text: the key of a mapping entry, else the node itself, else its parent. */
export function offsetOf(document: Document, path: DocumentPath): number {
  const parentPath = path.slice(0, -1);
  const last = path[path.length - 1];
  const parent = parentPath.length === 0 ? document.contents : document.getIn(parentPath, true);
  if (isMap(parent) && last !== undefined) {
    const pair = parent.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(last));
    const node = (pair?.key ?? parent) as Node;
    if (node.range) return node.range[0];
  }
  const node = (path.length === 0 ? document.contents : document.getIn(path, true)) as Node | null | undefined;
  if (node && typeof node === 'object' && 'range' in node && node.range) return node.range[0];
  return (parent as Node | null)?.range?.[0] ?? 0;
}
