import { describe, expect, it } from 'vitest';
import { mailHeader } from '../../../../src/parse/build-text/recognisers/mail-header.js';
import { findIn, itReadsItsExamples } from '../check-examples.js';

describe('the mail-header recogniser', () => {
  itReadsItsExamples(mailHeader);

  it('reads an id only after Microsoft SMTP Server or mapi in the same header field', () => {
    const text = 'Received: from a by b with Microsoft SMTP Server id 15.2.1544.4;\nReceived: from c by d with ESMTP id 15.2.1544.9;';
    expect(findIn(mailHeader, text)).toMatchObject([{ parts: [15, 2, 1544, 4], line: 1 }]);
  });

  it('reads the number after an id that ends a folded line', () => {
    expect(findIn(mailHeader, 'Received: from a by b with Microsoft SMTP Server (version=TLS1_2) id\r\n 15.1.2507.6; Wed, 27 Nov')).toMatchObject([
      { parts: [15, 1, 2507, 6], line: 2, start: 1, end: 12 },
    ]);
  });
});
