import { useSyncExternalStore } from 'react';
import { ApiError } from '../api/problem';

/** Whether the last call found the service unreachable (offline or 503): drives the retry banner. */
let down = false;
const listeners = new Set<() => void>();

function set(next: boolean) {
  if (down !== next) {
    down = next;
    listeners.forEach((listener) => listener());
  }
}

export const outage = {
  report(error: unknown) {
    if (error instanceof ApiError && error.retryable) {
      set(true);
    }
  },
  clear() {
    set(false);
  },
  subscribe(listener: () => void) {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  current: () => down,
};

export function useOutage(): boolean {
  return useSyncExternalStore(outage.subscribe, outage.current);
}
