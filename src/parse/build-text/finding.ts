// What the recognisers find in a text, before the reader decides what the text states.
import type { DottedBuild } from '../build/build.js';
import type { BuildTextForm, BuildTextProof, ForeignProduct } from './reading.js';

export interface SourceLine {
  /** 1-based. */
  readonly number: number;
  readonly text: string;
  /** `text` in lower case, for cheap keyword tests only (its indexes may not match `text`). */
  readonly lower: string;
}

export interface SourceText {
  readonly lines: readonly SourceLine[];
  /** The whole text without BOM, surrounding whitespace, surrounding quotes and a trailing full stop. */
  readonly whole: string;
}

/** Where on a line a finding sits: `start` and `end` are indexes into the line's text. */
export interface Span {
  readonly line: number;
  readonly start: number;
  readonly end: number;
}

/** A build the text states in one form. */
export interface Statement extends Span {
  readonly kind: 'statement';
  readonly parts: DottedBuild;
  readonly form: BuildTextForm;
  readonly proves: BuildTextProof;
  /** What stated it, for messages: "FileVersion", "AdminDisplayVersion", "Received id"... */
  readonly label: string;
  /** A number standing alone in running text, not under a label: it yields to any other finding on its span. */
  readonly bare?: boolean;
  /** The whole text is this one number, so it is read even where it could be an IP address. */
  readonly alone?: boolean;
}

/** Text shaped like a build that is known not to be one (an AD object version, another machine's build). */
export interface Claim extends Span {
  readonly kind: 'claim';
  readonly text: string;
  readonly why: string;
  /** Mentioned only when the text states no build (a number passed over), not in the notes of a reading. */
  readonly quiet?: boolean;
}

export type ProblemKind = 'truncated' | 'malformed' | 'too-large' | 'incomplete';

/**
 * A value that could be a build (see `prefix`) but cannot be read: a cut-off one refuses the reading, the
 * others are named in the refusal when nothing else states a build, or in the notes when something does.
 */
export interface Problem {
  readonly kind: 'problem';
  readonly problem: ProblemKind;
  readonly line: number;
  readonly label: string;
  readonly text: string;
  /** The leading parts it states; it refuses the reading only if a plausible build starts so. `null`: always. */
  readonly prefix: readonly number[] | null;
}

/** A release-name-like phrase, normalised. */
export interface NameMention {
  readonly kind: 'name';
  readonly line: number;
  readonly name: string;
}

export type Finding = Statement | Claim | Problem | NameMention;

/** One worked example of a form: the text, and what the reader makes of it with the catalog's ranges. */
export type FormExample =
  | { readonly text: string; readonly reads: string; readonly form?: BuildTextForm; readonly proves?: BuildTextProof }
  | { readonly text: string; readonly refused: string }
  | { readonly text: string; readonly foreign: ForeignProduct }
  | { readonly text: string; readonly name: string };

/** Finds the builds one form states. */
export interface Recogniser {
  readonly form: BuildTextForm;
  readonly proves: BuildTextProof;
  /** What the form is, in a few words. */
  readonly describes: string;
  readonly examples: readonly FormExample[];
  find(text: SourceText): readonly Finding[];
}

/** Finds what is not a build statement but changes the reading: cut-off cells, non-builds, release names. */
export interface Scanner {
  readonly name: string;
  readonly describes: string;
  readonly examples: readonly FormExample[];
  find(text: SourceText): readonly Finding[];
}
