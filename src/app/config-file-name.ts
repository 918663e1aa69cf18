/** The config file read from the working directory when it exists. */
export const DEFAULT_CONFIG_FILE = '.rollup-check.yaml';
