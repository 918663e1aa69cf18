export const TOOL_NAME = 'rollup-check';
