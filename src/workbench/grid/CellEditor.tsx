import { makeStyles, tokens } from "@fluentui/react-components";
import { type CSSProperties, useEffect, useRef, useState } from "react";
import { moveFor } from "./grid-keys";

const useStyles = makeStyles({
  editor: {
    position: "absolute",
    zIndex: 3,
    boxSizing: "border-box",
    border: "2px solid #217346",
    padding: "0 2px",
    fontFamily: "Calibri, 'Segoe UI', 'Microsoft YaHei', sans-serif",
    fontSize: "14.5px",
    outline: "none",
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
});

export interface CellEditorProps {
  initial: string;
  address: string;
  style: CSSProperties;
  /** Enter, Tab or leaving the cell: the text and where the selection goes next. */
  onCommit(text: string, move: [number, number]): void;
  onCancel(): void;
}

/** Typing in a cell: Enter or Tab commits and moves on, Escape leaves the cell as it was. */
export function CellEditor({ initial, address, style, onCommit, onCancel }: CellEditorProps) {
  const styles = useStyles();
  const [text, setText] = useState(initial);
  const done = useRef(false);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    const element = input.current;
    element?.focus();
    element?.setSelectionRange(element.value.length, element.value.length);
  }, []);
  const finish = (action: () => void) => {
    if (done.current) return;
    done.current = true;
    action();
  };
  return (
    <input
      ref={input}
      aria-label={`Edit cell ${address}`}
      className={styles.editor}
      style={style}
      value={text}
      onChange={(event) => setText(event.target.value)}
      onBlur={() => finish(() => onCommit(text, [0, 0]))}
      onKeyDown={(event) => {
        event.stopPropagation();
        if (event.key === "Escape") finish(onCancel);
        const move =
          event.key === "Enter" || event.key === "Tab"
            ? moveFor(event.key, event.shiftKey)
            : undefined;
        if (!move) return;
        event.preventDefault();
        finish(() => onCommit(text, move));
      }}
    />
  );
}
