// A UserError is the user's mistake (usage, I/O, bad config): reported as a
// plain message with exit code 2, never with a stack trace. Anything else that
// escapes is a bug in serving-ci and is reported as one.

export class UserError extends Error {
  override readonly name: string = "UserError";
  constructor(message: string, readonly exitCode = 2) {
    super(message);
  }
}
