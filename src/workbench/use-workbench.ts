import { useCallback, useEffect, useState } from "react";
import { type Lang, languageOf } from "../core/language";
import { type Theme, installOffice } from "./host/office-globals";
import type { WorkbenchHost } from "./host/workbench-host";
import { WorkbookReadError } from "../xlsx/loaded-workbook";
import { downloadName, saveAs, workbookFile } from "./download/download-workbook";
import { openWorkbook } from "./workbook-file/open-workbook";
import { workbenchText } from "./workbench-text";

export interface WorkbenchState {
  host?: WorkbenchHost;
  lang: Lang;
  theme: Theme;
  /** Changes whenever the pane must start again: another workbook. */
  session: number;
  loading: boolean;
  /** Writing the download. */
  saving: boolean;
  error?: string;
}

/** Why a file did not open, in the workbench's words. */
function openFailure(error: unknown, lang: Lang): string {
  const text = workbenchText(lang);
  return error instanceof WorkbookReadError ? text[error.reason] : (error as Error).message;
}

function initialSettings(): Pick<WorkbenchState, "lang" | "theme"> {
  const query = new URLSearchParams(location.search);
  const lang = languageOf(query.get("lang") ?? navigator.language);
  const theme: Theme = query.get("theme") === "dark" ? "dark" : "light";
  return { lang, theme };
}

async function fetchBytes(url: string): Promise<ArrayBuffer> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status} ${response.statusText}`);
  return response.arrayBuffer();
}

/**
 * The workbench's state: the workbook in the double, and the display language and theme Office
 * gives the add-in. Opening a workbook starts the pane again, as it does in Excel; a language or theme
 * switch keeps the pane and what it has done, and changes its words and colours.
 */
export function useWorkbench() {
  const [state, setState] = useState<WorkbenchState>(() => ({
    ...initialSettings(),
    session: 0,
    loading: true,
    saving: false,
  }));

  const restart = useCallback((change: Partial<WorkbenchState>) => {
    setState((old) => {
      const next = { ...old, ...change, session: old.session + 1 };
      if (next.host) {
        installOffice(next.host, next.lang, next.theme);
        next.host.recalculate();
      }
      return next;
    });
  }, []);

  // Office's language or theme: the globals say the new one and the functions write text in it; the
  // pane is told through its environment and keeps its state (no new session).
  const switchOffice = useCallback((change: Pick<Partial<WorkbenchState>, "lang" | "theme">) => {
    setState((old) => {
      const next = { ...old, ...change };
      if (next.host) {
        installOffice(next.host, next.lang, next.theme);
        next.host.recalculate();
      }
      return next;
    });
  }, []);

  const open = useCallback(
    async (bytes: Promise<ArrayBuffer>, fileName: string) => {
      setState((old) => ({ ...old, loading: true, error: undefined }));
      try {
        const host = await openWorkbook(await bytes, fileName);
        restart({ host, loading: false });
      } catch (error) {
        setState((old) => ({
          ...old,
          loading: false,
          error: `${workbenchText(old.lang).openFailed} ${fileName}: ${openFailure(error, old.lang)}`,
        }));
      }
    },
    [restart]
  );

  const openSample = useCallback(
    (lang: Lang) => {
      // The sample workbooks of assets/, served beside the workbench page.
      const sample = workbenchText(lang).sampleWorkbook;
      return open(fetchBytes(sample), sample.split("/").pop() ?? "sample.xlsx");
    },
    [open]
  );

  useEffect(() => {
    void openSample(initialSettings().lang);
  }, [openSample]);

  const download = useCallback(async () => {
    const { host, lang } = state;
    if (!host) return;
    setState((old) => ({ ...old, saving: true, error: undefined }));
    try {
      saveAs(await workbookFile(host.fileBytes, host.model), downloadName(host.workbookName));
      setState((old) => ({ ...old, saving: false }));
    } catch (error) {
      const message = `${workbenchText(lang).downloadFailed} ${(error as Error).message}`;
      setState((old) => ({ ...old, saving: false, error: message }));
    }
  }, [state]);

  return {
    state,
    open,
    download,
    openSample,
    setLang: (lang: Lang) => switchOffice({ lang }),
    setTheme: (theme: Theme) => switchOffice({ theme }),
  };
}
