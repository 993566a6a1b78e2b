import { useEffect, useState } from 'preact/hooks';
import { liveQuery } from 'dexie';
/**
 * The result of a Dexie query, kept up to date: it runs again whenever the tables it read change,
 * also when the background stores a new capture while the locker is open. What `initial` gives
 * (asked once, when the component mounts) is shown until the first result.
 */
export function useLive<T>(query: () => Promise<T>, deps: unknown[], initial?: () => T | undefined): { value: T | undefined; error: unknown } {
  const [state, setState] = useState<{ value: T | undefined; error: unknown }>(() => ({ value: initial?.(), error: null }));
  useEffect(() => {
    const sub = liveQuery(query).subscribe({
      next: (value) => setState({ value, error: null }),
      error: (error: unknown) => setState((s) => ({ ...s, error })),
    });
    return () => sub.unsubscribe();
  }, deps);
  return state;
}

/** An object URL for a stored blob, revoked when no longer shown. */
export function useBlobUrl(blob: Blob | undefined): string | undefined {
  const [url, setUrl] = useState<string>();
  useEffect(() => {
    if (!blob) return undefined;
    const u = URL.createObjectURL(blob);
    setUrl(u);
    return () => URL.revokeObjectURL(u);
  }, [blob]);
  return blob ? url : undefined;
}
