import { type KeyboardEvent, useEffect, useState } from "react";
import type { SheetModel } from "../excel-double";
import type { WorkbenchHost } from "../host/workbench-host";
import { commitTyped, editText, fillDown } from "./cell-edit";
import { moveFor, startsTyping } from "./grid-keys";

export interface Editing {
  row: number;
  column: number;
  initial: string;
}

interface Refused {
  text: string;
  allowed: string[];
  at: Editing;
}

/**
 * Typing into the grid as into Excel: Enter, F2 or a double-click edits the selected cell, typing a
 * character replaces it, Delete empties it, arrows move; Enter commits and moves down. While a cell
 * is being edited the host is in cell-edit mode, so the add-in's requests fail as they do in Excel.
 * Shift+arrows widen the selection; Ctrl+D fills its top row down.
 */
export function useCellEditing(
  host: WorkbenchHost,
  sheet: SheetModel,
  at: { row: number; column: number },
  select: (row: number, column: number) => void,
  focusGrid: () => void,
  extend: (rows: number, columns: number) => void = () => undefined
) {
  const [editing, setEditingState] = useState<Editing>();
  const [refused, setRefused] = useState<Refused>();
  // Set at once, not in an effect: a click on the pane that ends the edit must find Excel out of it.
  const setEditing = (next: Editing | undefined) => {
    host.cellEditMode = next !== undefined;
    setEditingState(next);
  };
  useEffect(() => () => void (host.cellEditMode = false), [host]);

  const edit = (initial = editText(sheet, at.row, at.column)) => setEditing({ ...at, initial });

  return {
    editing,
    refused,
    edit,
    commit(cell: Editing, text: string, move: [number, number]) {
      setEditing(undefined);
      const outcome = commitTyped(host, sheet, cell.row, cell.column, text);
      if (outcome.kind === "refused")
        return setRefused({ text, allowed: outcome.allowed, at: cell });
      select(cell.row + move[0], cell.column + move[1]);
      focusGrid();
    },
    cancel() {
      setEditing(undefined);
      setRefused(undefined);
      focusGrid();
    },
    /** After Excel's "doesn't match the data validation" alert: back to the text that was refused. */
    retry() {
      if (refused) setEditing({ ...refused.at, initial: refused.text });
      setRefused(undefined);
    },
    onKeyDown(event: KeyboardEvent) {
      if (editing) return;
      const move = moveFor(event.key, event.shiftKey);
      const selected = host.model.selection;
      if (event.shiftKey && move && event.key.startsWith("Arrow")) extend(move[0], move[1]);
      else if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === "d") {
        if (selected?.sheet === sheet) fillDown(host, sheet, selected.rect);
      } else if (event.key === "Enter" || event.key === "F2") edit();
      else if (move) select(at.row + move[0], at.column + move[1]);
      else if (event.key === "Delete") commitTyped(host, sheet, at.row, at.column, "");
      else if (event.key === "Backspace") edit("");
      else if (startsTyping(event)) edit(event.key);
      else return;
      event.preventDefault();
    },
  };
}
