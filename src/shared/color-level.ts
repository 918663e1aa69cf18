/** Colour depth for text output: 0 none, 1 basic, 2 256 colours, 3 true colour (chalk's levels). */
export type ColorLevel = 0 | 1 | 2 | 3;
