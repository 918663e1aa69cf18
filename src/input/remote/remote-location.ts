/**
 * A catalog given as a URL (any scheme) rather than a file path; only http(s) ones are fetched.
 * Both cases spelt out: with the `i` flag this class is many times slower to compile, at every check.
 */
export const isRemoteCatalog = (location: string): boolean => /^[A-Za-z][A-Za-z0-9+.-]*:\/\//.test(location);
