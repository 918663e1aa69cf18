import { describe, expect, it } from 'vitest';
import { classifyStatements } from '../../../src/parse/build-text/classify-statements.js';
import type { Claim } from '../../../src/parse/build-text/finding.js';
import { EXCHANGE_CONTEXT } from './exchange-ranges.js';
import { makeStatement } from './statements.js';

const makeClaim = (line: number, start: number, end: number): Claim => ({ kind: 'claim', line, start, end, text: '8.0.535.0', why: 'is an AD object version' });

describe('classifyStatements', () => {
  it('sorts statements into Exchange builds, foreign builds, builds outside every range and numbers passed over', () => {
    const { exchange, foreign, outside, passedOver } = classifyStatements(
      [
        makeStatement('15.2.1544.14', 'dotted', 'exact', 1),
        makeStatement('15.20.8466.31', 'mail-header', 'exact', 2),
        makeStatement('10.0.17763.1', 'dotted', 'exact', 3, { bare: true }),
        makeStatement('16.0.4266.1001', 'file-version-list', 'exact', 4),
        makeStatement('10.0.20348.1', 'dotted', 'exact', 5, { bare: true, alone: true }),
      ],
      [],
      EXCHANGE_CONTEXT,
    );
    expect(exchange.map((item) => item.line)).toEqual([1]);
    expect(foreign.map((item) => item.info.product)).toEqual(['exchange-online']);
    expect(outside.map((item) => item.line)).toEqual([4, 5]);
    expect(passedOver).toEqual([{ line: 3, says: '10.0.17763.1 on line 3 is no build of a product the catalog knows' }]);
  });

  it('drops a bare number under a labelled statement or a claim, and keeps one beside them', () => {
    const labelled = makeStatement('15.2.1544.14', 'file-version-list', 'exact', 1, { start: 14, end: 28 });
    const under = makeStatement('15.2.1544.14', 'dotted', 'exact', 1, { start: 14, end: 28, bare: true });
    const beside = makeStatement('15.2.1544.14', 'dotted', 'exact', 1, { start: 40, end: 52, bare: true, label: 'beside' });
    const claimed = makeStatement('8.0.535.0', 'dotted', 'exact', 2, { start: 23, end: 32, bare: true });
    const { exchange } = classifyStatements([under, labelled, beside, claimed], [makeClaim(2, 23, 32)], EXCHANGE_CONTEXT);
    expect(exchange.map((item) => [item.form, item.line, item.start])).toEqual([
      ['file-version-list', 1, 14],
      ['dotted', 1, 40],
    ]);
  });

  it('folds repeated statements of one build, form and label into the first', () => {
    const repeated = Array.from({ length: 1000 }, (_, line) => makeStatement('15.2.1544.14', 'dotted', 'exact', line + 1));
    expect(classifyStatements(repeated, [], EXCHANGE_CONTEXT).exchange).toEqual([repeated[0]]);
  });
});
