/** The ignore file read from the working directory when --ignore-file is not given. */
export const DEFAULT_IGNORE_FILE = '.rollupcheck-ignore.yaml';
