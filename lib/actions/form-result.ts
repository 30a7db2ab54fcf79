export type FormState =
  | { status: "idle" }
  /** Done, with something to tell: "we sent you a link". */
  | { status: "done"; message: string }
  | {
      status: "error";
      message: string;
      fieldErrors?: Record<string, string[] | undefined>;
      values?: Record<string, string>;
    };

export const idleForm: FormState = { status: "idle" };

/** Actions can be called with anything; what is not a form gets a form error, not a crash. */
export const isForm = (value: unknown): value is FormData => value instanceof FormData;
export const notAForm: FormState = { status: "error", message: "Send the form again." };

export function formValues(formData: FormData, keys: readonly string[]): Record<string, string> {
  return Object.fromEntries(keys.map((k) => [k, String(formData.get(k) ?? "")]));
}
