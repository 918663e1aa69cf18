/** A catalog given as a URL (any scheme) rather than a file path; only http(s) ones are fetched. */
export const isRemoteCatalog = (location: string): boolean => /^[a-z][a-z0-9+.-]*:\/\//i.test(location);
