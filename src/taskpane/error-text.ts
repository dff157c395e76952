import { isKamError } from "../core/errors";
import type { OfficeErrorKey } from "../excel/office-errors";
import type { PaneStrings } from "./i18n";

/** What the pane says about a failure: words the user can act on, and for the unexpected, what failed. */
export interface FriendlyError {
  message: string;
  /** Only for failures we have no specific words for; never a stack. */
  details?: string;
}

export function friendlyError(error: unknown, strings: PaneStrings): FriendlyError {
  const t = strings.errors;
  const key = messageKeyOf(error, t.office);
  // The name the user must rename, and where it points.
  if (key === "nameTaken") return { message: t.office[key], details: detailOf(error) };
  // "generic" is Excel failing for a reason we cannot name: say so, and keep what failed at hand.
  if (key && key !== "generic") return { message: t.office[key] };
  if (key === "generic") return { message: t.office.generic, details: detailsOf(error) };
  if (isKamError(error) && error.code === "div0") return { message: t.zeroTotal };
  if (isKamError(error) && error.code === "num") return { message: t.badTotal };
  // The engine's message in the pane's language, not the default language's.
  if (isKamError(error)) return { message: t.generic, details: error.wording(t.engine) };
  return { message: t.generic, details: detailsOf(error) };
}

function messageKeyOf(
  error: unknown,
  known: Record<OfficeErrorKey, string>
): OfficeErrorKey | undefined {
  if (typeof error !== "object" || error === null) return undefined;
  const key = (error as { messageKey?: unknown }).messageKey;
  return typeof key === "string" && Object.prototype.hasOwnProperty.call(known, key)
    ? (key as OfficeErrorKey)
    : undefined;
}

/** Excel's error code and the underlying message: enough for support, and never a stack trace. */
function detailsOf(error: unknown): string | undefined {
  if (typeof error !== "object" || error === null)
    return error === undefined ? undefined : String(error);
  const { code, cause } = error as { code?: unknown; cause?: unknown };
  const message = messageOf(cause) ?? messageOf(error) ?? "";
  const parts =
    typeof code === "string" && code !== "" && !message.includes(code)
      ? [code, message]
      : [message];
  return parts.filter(Boolean).join(": ") || undefined;
}

function detailOf(error: unknown): string | undefined {
  const detail = (error as { detail?: unknown }).detail;
  return typeof detail === "string" ? detail : undefined;
}

function messageOf(error: unknown): string | undefined {
  if (typeof error !== "object" || error === null) return undefined;
  const message = (error as { message?: unknown }).message;
  return typeof message === "string" && message !== "" ? message : undefined;
}
