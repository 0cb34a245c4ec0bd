/**
 * One request to a subgraph, with a deadline that covers its body and ends early when the client gives up. One
 * AbortController, held by its own timer: on Node 20 the signal of `AbortSignal.any([AbortSignal.timeout(…), …])` is
 * held only weakly once the response headers are in, so a garbage collection mid-body silently cancels the deadline
 * and a stalled subgraph holds the operation for ever.
 */
const NULL_BODY_STATUSES = new Set([101, 204, 205, 304]);

export async function fetchWithin(
  input: string,
  init: RequestInit | undefined,
  timeoutMs: number,
  abandoned?: AbortSignal,
): Promise<Response> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new DOMException(`no answer within ${timeoutMs} ms`, 'TimeoutError')), timeoutMs);
  const giveUp = () => controller.abort(abandoned?.reason);
  if (abandoned?.aborted) giveUp();
  else abandoned?.addEventListener('abort', giveUp, { once: true });
  try {
    const response = await fetch(input, { ...init, signal: controller.signal });
    // Read here, inside the deadline, so that the deadline ends with the body.
    const body = NULL_BODY_STATUSES.has(response.status) ? null : await response.arrayBuffer();
    return new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
  } finally {
    clearTimeout(timer);
    abandoned?.removeEventListener('abort', giveUp);
  }
}
