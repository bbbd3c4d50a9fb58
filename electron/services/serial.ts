/** Runs tasks one after another (a promise-chain mutex): each starts when the previous has settled. */
export function createSerialQueue(): <T>(work: () => Promise<T>) => Promise<T> {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(work: () => Promise<T>): Promise<T> => {
    const next = tail.catch(() => undefined).then(work);
    tail = next.catch(() => undefined);
    return next;
  };
}
