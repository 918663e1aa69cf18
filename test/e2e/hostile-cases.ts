import { randomBytes } from 'node:crypto';

/** One hostile or faulty run of the built binary, and what a user must see. */
export interface HostileCase {
  readonly name: string;
  readonly args: readonly string[];
  /** Files written into the run's working directory first (a string, or bytes). */
  readonly files?: Readonly<Record<string, string | Uint8Array>>;
  readonly stdin?: string | Uint8Array;
  readonly env?: Readonly<Record<string, string>>;
  readonly code: number;
  /** The one line on stderr that says what went wrong (matched against the first line). */
  readonly error?: RegExp;
  /** For host lists (`-f tsv`): the line numbers expected on stdout, each exactly once, and which of them are unreadable. */
  readonly rows?: { readonly lines: readonly number[]; readonly unreadable: readonly number[] };
}

const AS_OF = ['--as-of', '2026-11-24'];
const OLD = '15.2.1544.4';
const hostsFile = (count: number): string => Array.from({ length: count }, (_, n) => `EX${n + 1} ${OLD}`).join('\n') + '\n';

/** Block sequences nested by indentation (as far as a file stays small), or by `- - - …` on one line. */
const blockNest = (depth: number): string =>
  depth <= 2_000
    ? `ignore:\n${Array.from({ length: depth }, (_, level) => `${'  '.repeat(level + 1)}- `).join('\n')}\n`
    : `ignore:\n  ${'- '.repeat(depth)}x\n`;
const flowNest = (depth: number): string => `ignore: ${'['.repeat(depth)}\n`;

function depthCases(): HostileCase[] {
  return (['catalog', 'ignore-file'] as const).flatMap((option) =>
    (['block', 'flow'] as const).flatMap((style) =>
      [65, 2_000, 100_000].map((depth) => ({
        name: `${option} nested ${depth} levels deep (${style})`,
        args: [OLD, `--${option}`, 'deep.yaml', ...AS_OF],
        files: { 'deep.yaml': style === 'block' ? blockNest(depth) : flowNest(depth) },
        code: option === 'catalog' ? 3 : 2,
        error: /deep\.yaml:\d+:\d+: the YAML nests deeper than 64 levels$/,
      })),
    ),
  );
}

const ENCODINGS: readonly (readonly [string, (text: string) => Uint8Array])[] = [
  ['UTF-8', (text) => Buffer.from(text, 'utf8')],
  ['UTF-8 with BOM', (text) => Buffer.from(`\uFEFF${text}`, 'utf8')],
  ['UTF-16LE with BOM', (text) => Buffer.from(`\uFEFF${text}`, 'utf16le')],
  ['UTF-16LE without BOM', (text) => Buffer.from(text, 'utf16le')],
  ['UTF-16BE with BOM', (text) => Buffer.from(`\uFEFF${text}`, 'utf16le').swap16()],
  ['UTF-16BE without BOM', (text) => Buffer.from(text, 'utf16le').swap16()],
];
const LISTS: readonly (readonly [string, string])[] = [
  ['plain lines', `EX1 ${OLD}\nEX2 ${OLD}\nEX3 ${OLD}\n`],
  ['CSV', `Name,Build\nEX1,${OLD}\nEX2,${OLD}\nEX3,${OLD}\n`],
  ['TSV', `Name\tBuild\nEX1\t${OLD}\nEX2\t${OLD}\nEX3\t${OLD}\n`],
];

function encodingCases(): HostileCase[] {
  return ENCODINGS.flatMap(([encoding, encode]) =>
    LISTS.map(([kind, text]) => {
      const header = kind === 'plain lines' ? 0 : 1;
      return {
        name: `${kind} host list in ${encoding}`,
        args: ['--hosts', 'hosts.txt', '-f', 'tsv', ...AS_OF],
        files: { 'hosts.txt': encode(text) },
        code: 1,
        rows: { lines: [1, 2, 3].map((n) => n + header), unreadable: [] },
      };
    }),
  );
}

function quoteCases(): HostileCase[] {
  return (['CSV', 'TSV'] as const).flatMap((kind) =>
    [1, 3, 6].map((broken) => {
      const separator = kind === 'CSV' ? ',' : '\t';
      const rows = Array.from({ length: 6 }, (_, n) => `${n + 1 === broken ? '"' : ''}EX${n + 1}${separator}${OLD}`);
      return {
        name: `${kind} list with an unclosed quote on data row ${broken} of 6`,
        args: ['--hosts', 'hosts.txt', '-f', 'tsv', ...AS_OF],
        files: { 'hosts.txt': [`Name${separator}Build`, ...rows, ''].join('\n') },
        code: 2,
        rows: { lines: [2, 3, 4, 5, 6, 7], unreadable: [broken + 1] },
      };
    }),
  );
}

const SERVER_INDEPENDENT: readonly HostileCase[] = [
  { name: 'a catalog URL with an unclosed bracket', args: [OLD, '--catalog', 'http://[/c.yaml'], code: 3, error: /http:\/\/\[\/c\.yaml:1:1: not a valid URL/ },
  { name: 'a catalog URL with port 99999', args: [OLD, '--catalog', 'http://localhost:99999/c.yaml'], code: 3, error: /not a valid URL/ },
  {
    name: 'a catalog URL of another scheme',
    args: [OLD, '--catalog', 'ftp://example.invalid/c.yaml'],
    code: 3,
    error: /only http\(s\) catalogs can be fetched, not ftp:/,
  },
  { name: '-o to a directory', args: [OLD, '-o', 'json=.'], code: 2, error: /^rollup-check: cannot write \.: it is a directory$/ },
  { name: '-o to a path ending in /', args: [OLD, '-o', 'json=out/'], code: 2, error: /cannot write out\/: it names a directory$/ },
  {
    name: '-o in a directory that does not exist',
    args: [OLD, '-o', 'json=missing/r.json'],
    code: 2,
    error: /cannot write missing\/r\.json: no such directory$/,
  },
  { name: '-o to a full device', args: [OLD, '-o', 'json=/dev/full'], code: 2, error: /^rollup-check: cannot write \/dev\/full: no space left on the device$/ },
  {
    name: '-o over the host list',
    args: ['--hosts', 'hosts.txt', '-o', 'tsv=hosts.txt'],
    files: { 'hosts.txt': hostsFile(2) },
    code: 2,
    error: /-o tsv=hosts\.txt would overwrite the host list hosts\.txt/,
  },
  {
    name: '-o over the catalog',
    args: [OLD, '--catalog', 'c.yaml', '-o', 'json=./c.yaml'],
    files: { 'c.yaml': 'schemaVersion: 1\n' },
    code: 2,
    error: /would overwrite the catalog c\.yaml/,
  },
  {
    name: '-o over the ignore file',
    args: [OLD, '--ignore-file', 'i.yaml', '-o', 'json=i.yaml'],
    files: { 'i.yaml': 'ignore: []\n' },
    code: 2,
    error: /would overwrite the ignore file i\.yaml/,
  },
  { name: 'a 240-byte report file name', args: [OLD, ...AS_OF, '-o', `json=${'r'.repeat(235)}.json`], code: 1 },
  { name: 'a host list on /proc/self/mem', args: ['--hosts', '/proc/self/mem'], code: 2, error: /^rollup-check: cannot read host list \/proc\/self\/mem: / },
  {
    name: 'a host list on /dev/zero',
    args: ['--hosts', '/dev/zero'],
    code: 2,
    error: /cannot read host list \/dev\/zero: it holds NUL bytes, so it is not a text file$/,
  },
  {
    name: 'a catalog on /dev/zero',
    args: [OLD, '--catalog', '/dev/zero'],
    code: 3,
    error: /\/dev\/zero:1:1: cannot read catalog: it is larger than the 16 MiB limit \(ROLLUP_CHECK_MAX_INPUT_MB raises it\)$/,
  },
  {
    name: 'an ignore file on /dev/zero',
    args: [OLD, '--ignore-file', '/dev/zero'],
    code: 2,
    error: /\/dev\/zero: cannot read the ignore file: it is larger than the 16 MiB limit/,
  },
  {
    name: 'a catalog over a lowered size limit',
    args: [OLD, '--catalog', 'big.yaml'],
    files: { 'big.yaml': `# ${'x'.repeat(1_100_000)}\n` },
    env: { ROLLUP_CHECK_MAX_INPUT_MB: '1' },
    code: 3,
    error: /big\.yaml:1:1: cannot read catalog: it is larger than the 1 MiB limit/,
  },
  {
    name: 'an ignore file that is a directory',
    args: [OLD, '--ignore-file', '.'],
    code: 2,
    error: /^rollup-check: \.: cannot read the ignore file: it is a directory$/,
  },
  { name: 'a missing ignore file', args: [OLD, '--ignore-file', 'none.yaml'], code: 2, error: /none\.yaml: cannot read the ignore file: no such file$/ },
  {
    name: 'a host glob over 65,536 characters',
    args: ['--hosts', 'hosts.txt', '--ignore-file', 'i.yaml'],
    files: { 'hosts.txt': hostsFile(1), 'i.yaml': `ignore:\n  - { id: CVE-2024-26198, reason: r, hosts: "${'a'.repeat(70_000)}" }\n` },
    code: 2,
    error: /i\.yaml:2:\d+: ignore\[0\]\.hosts: not a usable host glob: it is longer than 1024 characters$/,
  },
  {
    name: 'a host glob that backtracks catastrophically elsewhere',
    args: ['--hosts', 'hosts.txt', '--ignore-file', 'i.yaml', '-f', 'tsv', ...AS_OF],
    files: {
      'hosts.txt': `${'a'.repeat(61)} ${OLD}\n${'b'.repeat(61)} ${OLD}\n${'a'.repeat(60)}b ${OLD}\n`,
      'i.yaml': 'ignore:\n  - { id: CVE-2024-26198, reason: r, hosts: "*a*a*a*a*a*a*a*a*b" }\n',
    },
    code: 1,
    rows: { lines: [1, 2, 3], unreadable: [] },
  },
  {
    name: 'an ignore file with several bad entries',
    args: [OLD, '--ignore-file', 'i.yaml'],
    files: {
      'i.yaml':
        'ignore:\n  - { id: CVE-2024-26198, reason: 3 }\n  - { id: CVE-2024-26198, reason: r, expires: 2020-13-45 }\n  - { id: CVE-2024-26198, reason: r, hosts: "{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}" }\n',
    },
    code: 2,
    error: /^rollup-check: i\.yaml:2:\d+: ignore\[0\]\.reason: must be a string$/,
  },
  {
    name: 'SOURCE_DATE_EPOCH past the year 9999',
    args: [OLD],
    env: { SOURCE_DATE_EPOCH: '999999999999' },
    code: 2,
    error: /SOURCE_DATE_EPOCH must be seconds since 1970-01-01 up to the year 9999/,
  },
  {
    name: '4,500 different FileVersion lines',
    args: [Array.from({ length: 4500 }, (_, n) => `FileVersion : 15.2.${n}.4`).join('\n')],
    code: 2,
    error: /states 4,500 different builds: 15\.2\.0\.4 \(FileVersion, line 1\), 15\.2\.1\.4 \(FileVersion, line 2\) and 4,498 more/,
  },
  { name: 'a random 1 MB catalog', args: [OLD, '--catalog', 'random.yaml'], files: { 'random.yaml': randomBytes(1_000_000) }, code: 3 },
  {
    name: 'a host-list line over 1 MiB',
    args: ['--hosts', 'hosts.txt', '-f', 'tsv', ...AS_OF],
    files: { 'hosts.txt': `EX1 ${OLD}\n${'x'.repeat(1_100_000)}\nEX3 ${OLD}\n` },
    code: 2,
    rows: { lines: [1, 2, 3], unreadable: [2] },
  },
  {
    name: 'a host-list line over a lowered line limit',
    args: ['--hosts', 'hosts.txt', '-f', 'tsv', ...AS_OF],
    files: { 'hosts.txt': `EX1 ${OLD}\nEX2 ${'x'.repeat(2_000)} ${OLD}\nEX3 ${OLD}\n` },
    env: { ROLLUP_CHECK_MAX_LINE_KB: '1' },
    code: 2,
    rows: { lines: [1, 2, 3], unreadable: [2] },
  },
];

/** Every hostile case that needs no server: generated families first, then the single cases. */
export const HOSTILE_CASES: readonly HostileCase[] = [...depthCases(), ...encodingCases(), ...quoteCases(), ...SERVER_INDEPENDENT];
