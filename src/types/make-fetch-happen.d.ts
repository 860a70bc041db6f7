// make-fetch-happen ships no types: the call and the options article uses, as its README
// documents them (fetch's options, plus the cache's and the agent's).
declare module 'make-fetch-happen' {
  import type { Agent } from 'node:http';

  interface FetchOptions {
    readonly headers?: Readonly<Record<string, string>>;
    readonly redirect?: 'follow' | 'manual' | 'error';
    /** Where the cache lives (cacache); none: no cache. */
    readonly cachePath?: string | undefined;
    /** The request's cache mode, as fetch's: 'reload' fetches anew and stores the answer. */
    readonly cache?: 'default' | 'no-store' | 'reload' | 'no-cache' | 'force-cache';
    readonly agent?: Agent;
    readonly signal?: AbortSignal;
    readonly retry?: { readonly retries: number };
  }

  /** The body: a minipass stream, which is an EventEmitter of 'data', 'end' and 'error'. */
  interface Body {
    on(event: 'data', listener: (chunk: Buffer) => void): Body;
    on(event: 'end', listener: () => void): Body;
    on(event: 'error', listener: (error: Error) => void): Body;
    resume(): void;
    destroy(error?: Error): void;
  }

  interface Response {
    readonly url: string;
    readonly status: number;
    readonly statusText: string;
    readonly headers: { get(name: string): string | null };
    /** None for a redirect read from the cache. */
    readonly body: Body | null;
  }

  function fetch(url: string, options?: FetchOptions): Promise<Response>;
  namespace fetch {
    export type { Body, FetchOptions, Response };
  }
  export = fetch;
}
