import { describe, expect, it } from 'vitest';
import { Admission, admitted } from '../../src/server/admission.js';

describe('admission', () => {
  it('takes up to its limit, refuses beyond it, and takes again once work ends (a release counts once)', () => {
    const admission = new Admission('test', 2);
    const first = admission.tryEnter()!;
    const second = admission.tryEnter()!;
    expect(admission.tryEnter()).toBeNull();
    first();
    first();
    expect(admission.inFlight).toBe(1);
    expect(admission.tryEnter()).not.toBeNull();
    expect(admission.tryEnter()).toBeNull();
    second();
    expect(admission.inFlight).toBe(1);
  });

  it('refuses work beyond the limit with SERVICE_UNAVAILABLE, 503 and Retry-After, and frees the slot when work fails', async () => {
    const admission = new Admission('test', 1);
    let finish!: () => void;
    const running = admitted(admission, 'The test service', 2, () => new Promise<void>((resolve) => (finish = resolve)));
    const refusal = await admitted(admission, 'The test service', 2, async () => 'ran').catch((error: unknown) => error);
    expect(refusal).toMatchObject({
      message: 'The test service is too busy to start this now; try again in 2 s.',
      extensions: { code: 'SERVICE_UNAVAILABLE', retryAfter: 2, http: { status: 503 } },
    });
    expect((refusal as { extensions: { http: { headers: Map<string, string> } } }).extensions.http.headers.get('retry-after')).toBe('2');
    finish();
    await running;
    await expect(admitted(admission, 'The test service', 2, () => Promise.reject(new Error('failed')))).rejects.toThrow('failed');
    expect(admission.inFlight).toBe(0);
  });
});
