// cacache ships no types: the calls article prunes its cache with, as its README documents them.
declare module 'cacache' {
  interface Entry {
    readonly key: string;
    readonly integrity: string;
    /** The content's file. */
    readonly path: string;
    readonly size: number;
    /** When the entry was stored, in milliseconds since the epoch. */
    readonly time: number;
  }

  export function ls(cache: string): Promise<Record<string, Entry>>;
  export const get: {
    info(cache: string, key: string): Promise<Entry | null>;
  };
  export const rm: {
    entry(
      cache: string,
      key: string,
      options?: { readonly removeFully?: boolean },
    ): Promise<unknown>;
    content(cache: string, integrity: string): Promise<unknown>;
  };
}
