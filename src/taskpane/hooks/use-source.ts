import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { Lang } from "../../core/language";
import type { ColumnRole } from "../../core/table/columns";
import type { DetectedTable } from "../../core/table/customer-types";
import type { KamWorkbook, SourceChoice, SourceData } from "../../excel/kam-workbook";
import { detectCustomerSource, detectTable, readData, remap, sameHeader } from "../customer-data";
import type { PaneFlow } from "../flow";

/** How long the source's cells stay unchanged before the preview reads them again. */
const EDIT_PAUSE_MS = 300;

export interface SourceState {
  loading: boolean;
  choices: SourceChoice[];
  source?: SourceData;
  /** The header and the mapping, as detected and then changed by the user. */
  detected?: DetectedTable;
  error?: unknown;
}

/** The data step's state: which source, its mapping, and the rows read with it. */
export function useSource(workbook: KamWorkbook, flow: PaneFlow, lang: Lang) {
  const [state, setState] = useState<SourceState>({ loading: true, choices: [] });
  // Only the latest request may update the pane: a slow read must not overwrite a newer pick.
  const latest = useRef(0);

  const load = useCallback(
    async (read: () => Promise<SourceData>) => {
      const request = ++latest.current;
      setState((s) => ({ ...s, loading: true, error: undefined }));
      const listing = workbook.listSources().catch(() => undefined);
      try {
        const [source, choices] = await Promise.all([read(), listing]);
        if (request !== latest.current) return;
        setState((s) => ({
          loading: false,
          choices: choices ?? s.choices,
          source,
          detected: keepMapping(s, source, detectTable(flow, source.values)),
        }));
      } catch (error) {
        const choices = await listing;
        if (request === latest.current)
          setState((s) => ({ ...s, choices: choices ?? s.choices, loading: false, error }));
      }
    },
    [workbook, flow]
  );

  useEffect(() => {
    void load(() => detectCustomerSource(workbook, flow));
  }, [load, workbook, flow]);

  // The preview follows edits of the source: Excel tells the pane of every change to the source's
  // cells, and once the edits pause the table is read again (a burst of typing or a paste is one
  // read). Watching stops when another source is picked or the pane goes.
  const watchedSource = useRef(state.source);
  watchedSource.current = state.source;
  const watchKey = state.source && `${state.source.id}\n${state.source.address}`;
  useEffect(() => {
    const watched = watchedSource.current;
    if (!watched || !workbook.watchSource) return undefined;
    let quiet: ReturnType<typeof setTimeout> | undefined;
    let ended = false;
    const onChange = () => {
      clearTimeout(quiet);
      quiet = setTimeout(() => {
        if (!ended) void load(() => workbook.readSource(watched.id));
      }, EDIT_PAUSE_MS);
    };
    const stop = workbook.watchSource(watched, onChange).catch(() => undefined);
    return () => {
      ended = true;
      clearTimeout(quiet);
      void stop.then((remove) => remove?.()).catch(() => undefined);
    };
  }, [workbook, load, watchKey]);

  /** Shows data read elsewhere (by the analysis run) as the current source. */
  const show = useCallback(
    (fresh: SourceData) => {
      latest.current++;
      setState((s) => ({
        ...s,
        source: fresh,
        detected: keepMapping(s, fresh, detectTable(flow, fresh.values)),
      }));
    },
    [flow]
  );

  const { source, detected } = state;
  const table = useMemo(
    () => (source ? readData(flow, source, detected, lang) : undefined),
    [flow, source, detected, lang]
  );

  return {
    ...state,
    table,
    pick: (id: string) => load(() => workbook.readSource(id)),
    refresh: () =>
      load(() => (source ? workbook.readSource(source.id) : detectCustomerSource(workbook, flow))),
    setRole: (role: ColumnRole, column: number | undefined) =>
      setState((s) =>
        s.detected
          ? { ...s, detected: { ...s.detected, mapping: remap(s.detected.mapping, role, column) } }
          : s
      ),
    show,
  };
}

/** Reading the same source again keeps the user's mapping, as long as its header did not change. */
function keepMapping(
  previous: SourceState,
  source: SourceData,
  detected: DetectedTable | undefined
): DetectedTable | undefined {
  const before = previous.detected;
  if (!before || !detected || previous.source?.id !== source.id) return detected;
  return sameHeader(before, detected) ? before : detected;
}
