/**
 * Errors that reach the user. Each carries its exit status, so that any stage
 * can throw and the command line turns it into one `article: …` line in one place.
 */
export class ArticleError extends Error {
  readonly exitCode: number = 1;
}

/** A bad command line: exit status 2 and a pointer to --help. */
export class UsageError extends ArticleError {
  override readonly exitCode = 2;
}

/** The message of an unexpected failure, reduced to one line without a stack. */
export function describeFailure(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code ? `${error.message} (${code})` : error.message;
  }
  return String(error);
}
