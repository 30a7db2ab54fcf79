import { GROK_ERRORS, GrokError, codeForHttpError, httpErrorMaybeSent, isUpstreamErrorCode } from "./errors";
import { errorBodySchema } from "./schemas";

/** An HTTP answer read in full (inside the request's timeout, so a stalled body counts as no answer). */
export interface Answer {
  status: number;
  headers: Headers;
  text: string;
}

export const isSuccess = (answer: Answer) => answer.status >= 200 && answer.status < 300;

/** The parsed body, or undefined when it is not JSON. */
export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** An error answer (4xx/5xx) as a GrokError, by its documented code or else its status. */
export function errorFromAnswer(answer: Answer, idempotent: boolean): GrokError {
  const body = errorBodySchema.safeParse(parseJson(answer.text));
  const upstream = body.success ? body.data : undefined;
  return new GrokError(codeForHttpError(answer.status, upstream?.error.code), {
    httpStatus: answer.status,
    traceId: upstream?.trace_id,
    maybeSent: httpErrorMaybeSent(answer.status),
    idempotent,
    upstreamCode: upstream?.error.code,
    upstreamMessage:
      upstream?.error.message ?? (upstream ? undefined : answer.text.slice(0, 200) || undefined),
  });
}

/**
 * A 2xx whose body is not what we asked for. When it carries a documented error code the
 * upstream refused; otherwise we cannot tell what it did, and `maybeSent` says so.
 */
export function unexpectedSuccess(
  json: unknown,
  init: { httpStatus: number; text?: string; maybeSent: boolean; idempotent: boolean },
): GrokError {
  const body = errorBodySchema.safeParse(json);
  const code = body.success ? body.data.error.code : undefined;
  if (body.success && isUpstreamErrorCode(code)) {
    return new GrokError(code, {
      httpStatus: init.httpStatus,
      traceId: body.data.trace_id,
      maybeSent: httpErrorMaybeSent(GROK_ERRORS[code].httpStatus ?? 0),
      idempotent: init.idempotent,
      upstreamCode: code,
      upstreamMessage: body.data.error.message,
    });
  }
  const shown = init.text ?? JSON.stringify(json) ?? "";
  return new GrokError("malformed_response", {
    httpStatus: init.httpStatus,
    maybeSent: init.maybeSent,
    idempotent: init.idempotent,
    upstreamMessage: `Unexpected answer: ${shown.slice(0, 200)}`,
  });
}
