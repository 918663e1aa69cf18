// `Received:` mail headers Exchange writes: `with Microsoft SMTP Server (...) id 15.1.2507.6`. Exact.
import { readDottedToken } from '../dotted-value.js';
import type { Finding, Recogniser, SourceLine, SourceText } from '../finding.js';
import { stateValue } from '../state-value.js';

const KIND = { form: 'mail-header', proves: 'exact', label: 'Received id' } as const;

/** `id 15.1.2507.6`, or `id` ending a folded line and the number starting the next one. */
const ID_VALUE = /\bid\s{1,8}([0-9][0-9.]{0,40})/gi;
const ID_AT_END = /\bid\s{0,8}$/i;
const VALUE_AT_START = /^\s{1,16}([0-9][0-9.]{0,40})/;
/** Only Exchange writes these before the id (`with mapi id` for a message submitted from a mailbox). */
const EXCHANGE_TRANSPORT = /with\s+(?:microsoft\s+smtp\s+server|mapi)\b/;
const MAX_FOLDED_LINES = 6;

/** How far before the id to look for the transport: a Received field is a few hundred characters. */
const WINDOW = 400;

/** The header field's last characters before `end` on line `at`, continuation lines (indented) joined. */
function readFieldBefore(lines: readonly SourceLine[], at: number, end: number): string {
  let field = lines[at]!.text.slice(Math.max(0, end - WINDOW), end);
  for (let i = at; i > 0 && at - i < MAX_FOLDED_LINES && field.length < WINDOW && /^\s/.test(lines[i]!.text); i--) {
    const previous = lines[i - 1]!.text;
    field = `${previous.slice(Math.max(0, previous.length - WINDOW))} ${field}`;
  }
  return field.toLowerCase().replace(/\s+/g, ' ');
}

function findOnLine(lines: readonly SourceLine[], at: number): Finding[] {
  const line = lines[at]!;
  const found: Finding[] = [];
  const state = (start: number, value: string, fieldEnd: number): void => {
    if (!EXCHANGE_TRANSPORT.test(readFieldBefore(lines, at, fieldEnd))) return;
    const finding = stateValue(KIND, line, start, value, readDottedToken(value));
    if (finding) found.push(finding);
  };
  if (line.lower.includes('id')) {
    ID_VALUE.lastIndex = 0;
    for (let match = ID_VALUE.exec(line.text); match; match = ID_VALUE.exec(line.text)) {
      state(match.index + match[0].length - match[1]!.length, match[1]!, match.index);
    }
  }
  const previous = lines[at - 1];
  const folded = previous && ID_AT_END.test(previous.text) ? VALUE_AT_START.exec(line.text) : null;
  if (folded) state(folded[0].length - folded[1]!.length, folded[1]!, 0);
  return found;
}

export const mailHeader: Recogniser = {
  ...KIND,
  describes: 'the id Exchange writes in Received headers (with Microsoft SMTP Server ... id, with mapi id)',
  examples: [
    {
      text: 'Received: from mx.contoso.com (10.1.2.3) by EX01.contoso.com (10.1.2.4) with Microsoft SMTP Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.1.2507.6; Wed, 27 Nov 2024 10:12:33 +0100',
      reads: '15.1.2507.6',
    },
    {
      text: 'Received: from EX02.contoso.com (10.1.2.5) by EX01.contoso.com (10.1.2.4) with Microsoft SMTP Server id 15.2.1544.4 via Frontend Transport; Wed, 27 Nov 2024 10:12:33 +0100',
      reads: '15.2.1544.4',
    },
    {
      text: 'Received: from EX01.contoso.com (10.1.2.4) by EX02.contoso.com\r\n (10.1.2.5) with Microsoft SMTP Server (version=TLS1_2,\r\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id\r\n 15.2.1544.4; Wed, 27 Nov 2024 10:12:33 +0100',
      reads: '15.2.1544.4',
    },
    {
      text: 'Received: from EX01.contoso.com ([fe80::1]) by EX01.contoso.com ([fe80::1%12]) with mapi id 15.01.2507.035; Wed, 27 Nov 2024 10:12:33 +0100',
      reads: '15.1.2507.35',
    },
    {
      text: 'Received: from DM4PR12MB5325.namprd12.prod.outlook.com (2603:10b6:5:390::11) by\r\n DM4PR12MB5326.namprd12.prod.outlook.com with Microsoft SMTP Server (version=TLS1_2,\r\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8466.31; Tue, 25 Feb 2025 17:16:08 +0000',
      foreign: 'exchange-online',
    },
    { text: 'Received: from mail.example.org by mx.example.net with ESMTP id 4Xy7Zq2Kd1z; Wed, 27 Nov 2024 10:12:33 +0100', refused: 'no Exchange build' },
    { text: 'Received: from EX01 (10.1.2.4) by EX02 (10.1.2.5) with Microsoft SMTP Server id 15.1.225.42', reads: '15.1.225.42' },
  ],
  find(text: SourceText): Finding[] {
    return text.lines.flatMap((_, at) => findOnLine(text.lines, at));
  },
};
