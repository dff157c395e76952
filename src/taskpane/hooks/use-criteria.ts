import { useEffect, useMemo, useRef, useState } from "react";
import { type AbcRule, type KeyCreditRule, parseCriteria } from "../../core/criteria";
import type { KamWorkbook } from "../../excel/kam-workbook";
import {
  type CriteriaForm,
  DEFAULT_FORM,
  type NumericCriterion,
  checkForm,
  formFromCriteria,
} from "../criteria-form";

/** Where the criteria on screen came from. */
export type CriteriaOrigin = "defaults" | "workbook" | "unreadable";

/** The criteria step's state: starts from the workbook's saved criteria, or the defaults. */
export function useCriteria(workbook: KamWorkbook) {
  const [form, setForm] = useState<CriteriaForm>(DEFAULT_FORM);
  const [origin, setOrigin] = useState<CriteriaOrigin>("defaults");
  // What the user typed wins over criteria that arrive from the workbook after it.
  const touched = useRef(false);

  useEffect(() => {
    let live = true;
    const apply = (next: () => CriteriaForm) => {
      if (!live || touched.current) return;
      try {
        setForm(next());
        setOrigin("workbook");
      } catch {
        setOrigin("unreadable");
      }
    };
    workbook.readCriteria().then(
      (values) => values && apply(() => formFromCriteria(parseCriteria(values))),
      () => live && setOrigin("unreadable")
    );
    return () => {
      live = false;
    };
  }, [workbook]);

  const edit = (change: (f: CriteriaForm) => CriteriaForm) => {
    touched.current = true;
    setForm(change);
  };
  return {
    form,
    origin,
    check: useMemo(() => checkForm(form), [form]),
    setValue: (key: NumericCriterion, text: string) =>
      edit((f) => ({ ...f, values: { ...f.values, [key]: text } })),
    setRule: (abcRule: AbcRule) => edit((f) => ({ ...f, abcRule })),
    setKeyCredit: (keyRequiresCredit: KeyCreditRule) => edit((f) => ({ ...f, keyRequiresCredit })),
    reset: () => {
      edit(() => DEFAULT_FORM);
      setOrigin("defaults");
    },
  };
}
