import { describe, expect, it } from 'vitest';
import { FairAdmission } from '../../src/server/fair-admission.js';

describe('fair admission', () => {
  const admission = () => new FairAdmission('gateway', { total: 4, anonymous: 2, anonymousPerAddress: 1 });

  it('gives one anonymous address its own share, anonymous traffic a share of the service, and signed-in users the rest', () => {
    const fair = admission();
    expect(fair.tryEnter('anonymous', '127.0.0.2')).not.toBeNull();
    expect(fair.tryEnter('anonymous', '127.0.0.2')).toBeNull(); // its address's one slot
    expect(fair.tryEnter('anonymous', '127.0.0.3')).not.toBeNull();
    expect(fair.tryEnter('anonymous', '127.0.0.4')).toBeNull(); // anonymous traffic's two slots
    expect(fair.tryEnter('signedIn', '127.0.0.2')).not.toBeNull();
    expect(fair.tryEnter('signedIn', '127.0.0.2')).not.toBeNull();
    expect(fair.tryEnter('signedIn', '127.0.0.9')).toBeNull(); // the service's four
  });

  it('gives a slot back once, however often its release is called', () => {
    const fair = admission();
    const release = fair.tryEnter('anonymous', '127.0.0.2')!;
    release();
    release();
    expect(fair.tryEnter('anonymous', '127.0.0.2')).not.toBeNull();
    expect(fair.tryEnter('anonymous', '127.0.0.3')).not.toBeNull();
    expect(fair.tryEnter('anonymous', '127.0.0.4')).toBeNull();
  });

  it('has no per-address share where clients do not come directly (a subgraph behind the gateway)', () => {
    const fair = new FairAdmission('registry', { total: 3, anonymous: 2, anonymousPerAddress: null });
    expect(fair.tryEnter('anonymous', '127.0.0.1')).not.toBeNull();
    expect(fair.tryEnter('anonymous', '127.0.0.1')).not.toBeNull();
    expect(fair.tryEnter('anonymous', '127.0.0.1')).toBeNull();
  });
});
