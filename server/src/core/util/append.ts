/**
 * Appends every item of `items` to `target`. Unlike `target.push(...items)` this has no argument
 * limit, so a report with hundreds of thousands of entries cannot overflow the call stack.
 */
export function appendAll<T>(target: T[], items: Iterable<T>): void {
  for (const item of items) target.push(item);
}
