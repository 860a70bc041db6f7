// @npmcli/agent ships no types: its Agent, with the options article gives it, as its README
// documents them.
declare module '@npmcli/agent' {
  import type { Agent as HttpAgent } from 'node:http';

  export class Agent extends HttpAgent {
    constructor(options: {
      /** The proxy every request goes through; none: straight to the server. */
      readonly proxy?: string | undefined;
      /** Hosts reached without the proxy; an empty list, so that it never reads the environment. */
      readonly noProxy?: readonly string[];
      readonly keepAlive?: boolean;
    });
  }
}
