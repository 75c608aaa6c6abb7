// Every feature runs through here: an exception is logged and the request answered empty.
import { CancellationToken, LSPErrorCodes, ResponseError } from 'vscode-languageserver';
import { Logger, describe } from './analysis';

export function cancelled(): ResponseError<void> {
  return new ResponseError(LSPErrorCodes.RequestCancelled, 'request cancelled');
}

/** Wraps a request handler: cancellation is answered as such, failures as `empty`. */
export function guarded<P, R, E>(
  name: string,
  log: Logger,
  empty: E,
  handler: (params: P, token: CancellationToken) => R | Promise<R>,
): (params: P, token: CancellationToken) => Promise<R | E | ResponseError<void>> {
  return async (params, token) => {
    try {
      if (token?.isCancellationRequested) return cancelled();
      const result = await handler(params, token);
      if (token?.isCancellationRequested) return cancelled();
      return result;
    } catch (err) {
      if (token?.isCancellationRequested) return cancelled();
      log(`${name} failed: ${describe(err)}`);
      return empty;
    }
  };
}

/** Wraps a notification handler: failures are logged, never thrown into the connection. */
export function guardedNotification<P>(name: string, log: Logger, handler: (params: P) => void): (params: P) => void {
  return (params) => {
    try {
      handler(params);
    } catch (err) {
      log(`${name} failed: ${describe(err)}`);
    }
  };
}
