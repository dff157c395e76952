import { useCallback, useSyncExternalStore } from "react";
import type { WorkbenchHost } from "../host/workbench-host";

/** Re-renders the component whenever the host reports a change; returns the host's version. */
export function useHostVersion(host: WorkbenchHost): number {
  const subscribe = useCallback((listener: () => void) => host.subscribe(listener), [host]);
  return useSyncExternalStore(subscribe, () => host.version);
}
