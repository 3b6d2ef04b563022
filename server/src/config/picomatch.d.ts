/** Minimal types for picomatch 4 (installed with tinyglobby; it ships no declarations). */
declare module 'picomatch' {
  interface PicomatchOptions {
    dot?: boolean;
    nocase?: boolean;
    basename?: boolean;
    noextglob?: boolean;
    nonegate?: boolean;
    posixSlashes?: boolean;
    windows?: boolean;
    strictBrackets?: boolean;
    maxLength?: number;
  }
  type Matcher = (path: string) => boolean;
  function picomatch(glob: string | string[], options?: PicomatchOptions): Matcher;
  export = picomatch;
}
