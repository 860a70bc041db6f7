// html-encoding-sniffer ships no types: its one function, as its README documents it.
declare module 'html-encoding-sniffer' {
  function htmlEncodingSniffer(
    bytes: Uint8Array,
    options?: {
      xml?: boolean;
      transportLayerEncodingLabel?: string | undefined;
      defaultEncoding?: string;
    },
  ): string;
  export = htmlEncodingSniffer;
}
