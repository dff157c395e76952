import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from "@fluentui/react-components";
import { useWorkbenchText } from "../workbench-text";

export interface ListRefusalProps {
  allowed: string[] | undefined;
  onRetry(): void;
  onCancel(): void;
}

/** Excel's data-validation alert: the value typed is not one of the cell's dropdown list. */
export function ListRefusal({ allowed, onRetry, onCancel }: ListRefusalProps) {
  const text = useWorkbenchText();
  return (
    <Dialog open={allowed !== undefined} modalType="alert">
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{text.listRefusedTitle}</DialogTitle>
          <DialogContent>
            {text.listRefused} {allowed?.join(", ")}
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onRetry}>
              {text.retry}
            </Button>
            <Button onClick={onCancel}>{text.cancel}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
