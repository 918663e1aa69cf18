import { isMap, isPair, isScalar, isSeq, parseDocument, type Document, type Node, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';
import { emitItem, emitLine, emitPairs, emitValue, FIX_KEYS, RELEASE_KEYS } from './yaml-emit.js';
import type { WorkingCatalog } from './working-catalog.js';

interface Edit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

type Path = readonly (string | number)[];

/**
 * The catalog's text with the working catalog's changes spliced in: the Document API finds each
 * changed node, and only its text changes, so order, comments and formatting elsewhere stay as they were.
 */
export function writeCatalogText(text: string, work: WorkingCatalog, parsed?: Document): string {
  const document = parsed ?? parseDocument(text);
  const editor = new TextEditor(text, document);
  const original = work.original;
  editor.mapFields([], original as unknown as Record<string, unknown>, work.document as unknown as Record<string, unknown>, ['published', 'factsComplete'], 'published');
  work.document.products.forEach((product, productIndex) => {
    const originalLines = original.products[productIndex]!.lines;
    editor.sequence(['products', productIndex, 'lines'], product.lines, work, (line, dash) => emitLine(line, dash), (line) => {
      const lineIndex = originalLines.indexOf(work.originals.get(line) as (typeof originalLines)[number]);
      const originalReleases = originalLines[lineIndex]!.releases;
      const releasesPath = ['products', productIndex, 'lines', lineIndex, 'releases'];
      editor.sequence(releasesPath, line.releases, work, (release, dash) => emitItem(release, RELEASE_KEYS, dash), (release) => {
        const releaseIndex = originalReleases.indexOf(work.originals.get(release) as (typeof originalReleases)[number]);
        editor.mapFields([...releasesPath, releaseIndex], work.originals.get(release) as Record<string, unknown>, release, RELEASE_KEYS);
      });
    });
  });
  const originalFixes = original.fixes ?? [];
  if (originalFixes.length === 0 && work.document.fixes.length > 0) {
    editor.append(`fixes:\n${work.document.fixes.map((fix) => emitItem(fix, FIX_KEYS, 2)).join('')}`);
  } else {
    editor.sequence(['fixes'], work.document.fixes, work, (fix, dash) => emitItem(fix, FIX_KEYS, dash), (fix) => {
      const index = originalFixes.indexOf(work.originals.get(fix) as (typeof originalFixes)[number]);
      editor.mapFields(['fixes', index], work.originals.get(fix) as Record<string, unknown>, fix, FIX_KEYS);
    });
  }
  return editor.result();
}

class TextEditor {
  private readonly edits: Edit[] = [];

  constructor(
    private readonly text: string,
    private readonly document: Document,
  ) {}

  private lineStart = (offset: number): number => this.text.lastIndexOf('\n', offset - 1) + 1;
  private nextLine = (offset: number): number => {
    const newline = this.text.indexOf('\n', offset);
    return newline < 0 ? this.text.length : newline + 1;
  };
  private column = (offset: number): number => offset - this.lineStart(offset);

  private endOf(node: Node | null | undefined): number {
    if (isMap(node) && node.items.length > 0 && !node.flow) {
      const last = node.items[node.items.length - 1]!;
      return this.endOf((last.value ?? last.key) as Node);
    }
    if (isSeq(node) && node.items.length > 0 && !node.flow) return this.endOf(node.items[node.items.length - 1] as Node);
    return node?.range?.[1] ?? 0;
  }

  append(text: string): void {
    const end = this.text.endsWith('\n') ? this.text.length : -1;
    this.edits.push({ start: this.text.length, end: this.text.length, text: end < 0 ? `\n${text}` : text });
  }

  /** A block list whose items may be new (emitted before the next existing item) or existing (`visit`ed). */
  sequence<T extends object>(path: Path, items: readonly T[], work: WorkingCatalog, emit: (item: T, dash: number) => string, visit: (item: T) => void): void {
    const seq = this.document.getIn(path, true) as YAMLSeq<Node>;
    const nodes = seq.items;
    const dash = this.column(nodes[0]!.range![0]) - 2;
    let pending = '';
    let seen = 0;
    for (const item of items) {
      if (work.isNew(item)) {
        pending += emit(item, dash);
        continue;
      }
      if (pending !== '') this.edits.push({ start: this.lineStart(nodes[seen]!.range![0]), end: this.lineStart(nodes[seen]!.range![0]), text: pending });
      pending = '';
      seen++;
      visit(item);
    }
    if (pending !== '') {
      const at = this.nextLine(this.endOf(nodes[nodes.length - 1]) - 1);
      this.edits.push({ start: at, end: at, text: pending });
    }
  }

  /** Replaces, removes or adds the keys whose values differ; added keys go after the map's last key (or after `after`). */
  mapFields(path: Path, before: Record<string, unknown>, after: Record<string, unknown>, keys: readonly string[], addAfter?: string): void {
    const map = (path.length === 0 ? this.document.contents : this.document.getIn(path, true)) as YAMLMap<Node, Node>;
    const pairOf = (key: string): Pair<Node, Node> | undefined => map.items.find((pair) => isPair(pair) && isScalar(pair.key) && String(pair.key.value) === key);
    const added: Record<string, unknown> = {};
    for (const key of keys) {
      if (JSON.stringify(before[key]) === JSON.stringify(after[key])) continue;
      const pair = pairOf(key);
      if (pair === undefined) added[key] = after[key];
      else if (after[key] === undefined) this.edits.push({ start: this.lineStart(pair.key.range![0]), end: this.nextLine(this.endOf(pair.value) - 1), text: '' });
      else this.edits.push({ start: pair.value!.range![0], end: pair.value!.range![1], text: emitValue(after[key]) });
    }
    if (Object.keys(added).length === 0) return;
    const first = map.items[0]!.key;
    const anchor = (addAfter === undefined ? undefined : pairOf(addAfter)) ?? map.items[map.items.length - 1]!;
    const at = this.nextLine(this.endOf((anchor.value ?? anchor.key) as Node) - 1);
    this.edits.push({ start: at, end: at, text: emitPairs(added, keys, ' '.repeat(this.column(first.range![0]))) });
  }

  /** The text with every edit applied; edits at one place keep the order they were made in. */
  result(): string {
    const ordered = this.edits.map((edit, index) => ({ edit, index })).sort((a, b) => a.edit.start - b.edit.start || a.index - b.index);
    const pieces: string[] = [];
    let at = 0;
    for (const { edit } of ordered) {
      pieces.push(this.text.slice(at, edit.start), edit.text);
      at = Math.max(at, edit.end);
    }
    pieces.push(this.text.slice(at));
    return pieces.join('');
  }
}
