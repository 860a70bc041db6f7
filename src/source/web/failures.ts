import { ArticleError, describeFailure } from '../../errors.ts';

/** What went wrong with a request, for the one line the user sees. */
export interface FailedRequest {
  /** The address asked for when it failed. */
  readonly address: URL;
  /** The proxy the request went through, if any. */
  readonly proxy: string | undefined;
  /** Set when the time allowed ran out: the error is then only the abort it caused. */
  readonly timedOut: boolean;
  readonly seconds: number;
}

/** A failed request as one message: the address, then what happened, in the user's words. */
export function requestFailure(error: unknown, request: FailedRequest): ArticleError {
  if (error instanceof ArticleError) return error;
  const { address } = request;
  if (request.timedOut)
    return new ArticleError(`${address.href}: no answer within ${request.seconds} s`);
  const through = request.proxy ? ` (through the proxy ${request.proxy})` : '';
  return new ArticleError(`${address.href}: ${explain(error, address)}${through}`);
}

const certificateProblems: Readonly<Record<string, string>> = {
  DEPTH_ZERO_SELF_SIGNED_CERT: 'a self-signed certificate',
  SELF_SIGNED_CERT_IN_CHAIN: 'a self-signed certificate in its chain',
  CERT_HAS_EXPIRED: 'an expired certificate',
  CERT_NOT_YET_VALID: 'a certificate not valid yet',
  ERR_TLS_CERT_ALTNAME_INVALID: 'a certificate for another host',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'a certificate that cannot be verified',
  UNABLE_TO_GET_ISSUER_CERT_LOCALLY: 'a certificate from an unknown authority',
};

function explain(error: unknown, address: URL): string {
  const code = (error as { code?: unknown }).code;
  switch (code) {
    case 'ENOTFOUND':
      return `unknown host ${address.hostname}`;
    case 'EAI_AGAIN':
      return `cannot look up host ${address.hostname} (the name server did not answer)`;
    case 'ECONNREFUSED':
      return 'connection refused';
    case 'ECONNRESET':
      return 'the connection was reset';
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
      return 'host unreachable';
    case 'ETIMEDOUT':
      return 'the connection timed out';
  }
  if (typeof code === 'string' && (code in certificateProblems || /CERT|^ERR_TLS_/.test(code))) {
    return `certificate error: ${certificateProblems[code] ?? reason(error)}`;
  }
  return `cannot fetch: ${reason(error)}`;
}

/** minipass-fetch's "request to … failed, reason: x" as x; else the error's own message. */
function reason(error: unknown): string {
  const message = describeFailure(error);
  return /, reason: (.*)$/s.exec(message)?.[1] ?? message;
}
