// Exchange versions the catalog does not cover but the reader still recognises, to say so plainly.
import type { DottedBuild } from '../build/build.js';
import { isInAnyRange } from './build-ranges.js';
import type { BuildRange, ForeignProduct } from './reading.js';

export interface ForeignProductInfo {
  readonly product: ForeignProduct;
  readonly name: string;
  readonly ranges: readonly BuildRange[];
}

const range = (from: DottedBuild, below: DottedBuild): BuildRange => ({ from, below });

export const FOREIGN_PRODUCT_INFO: readonly ForeignProductInfo[] = [
  {
    // Exchange 2000 Server is 6.0: RTM 6.0.4417, SP1 4712, SP2 5762, SP3 6249, the post-SP3 rollups 6396 to
    // 6603 and their hotfixes; the Exchange Server Analyzer treats every SP3 build as below 6700. Windows
    // Vista and Server 2008 are 6.0.6000 to 6.0.6003 ("Microsoft Windows NT 6.0.6002.0" in setup logs), so
    // those four builds are left out: no Exchange 2000 release used them.
    product: 'exchange-2000',
    name: 'Exchange 2000 Server',
    ranges: [range([6, 0, 4417, 0], [6, 0, 6000, 0]), range([6, 0, 6004, 0], [6, 0, 6700, 0])],
  },
  {
    // Exchange Server 2003 is 6.5: RTM 6.5.6944, SP1 7226, SP2 7638 and its hotfixes (6.5.76xx). Nothing
    // else is numbered 6.5, so everything from RTM up to 6.5.8000 is taken.
    product: 'exchange-2003',
    name: 'Exchange Server 2003',
    ranges: [range([6, 5, 6944, 0], [6, 5, 8000, 0])],
  },
  {
    // Exchange Online stamps 15.20.x.y in Received headers ("with mapi id 15.20.8466.016", "id 15.20.5206.12")
    // since 2017; on-premises Exchange never had a minor version of 20. Earlier Exchange Online builds were
    // 15.0 and 15.1 and cannot be told from on-premises ones: they read as Exchange 2013 and 2016.
    product: 'exchange-online',
    name: 'Exchange Online',
    ranges: [range([15, 20, 0, 0], [15, 21, 0, 0])],
  },
];

export const findForeignProduct = (parts: DottedBuild): ForeignProductInfo | null =>
  FOREIGN_PRODUCT_INFO.find((info) => isInAnyRange(parts, info.ranges)) ?? null;

/** The product's name as Microsoft writes it: `Exchange Server 2003`. */
export const nameForeignProduct = (product: ForeignProduct): string => FOREIGN_PRODUCT_INFO.find((info) => info.product === product)!.name;
