import picomatch from 'picomatch';

export function hostGlob(pattern: string): (host: string) => boolean {
  return picomatch(pattern, { nocase: true });
}
