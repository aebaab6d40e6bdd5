// Knock-outs. A gate passes only on a known value listed in `pass_when`; a missing fact is "unknown", which
// never passes (a vendor that will not say whether its core R&D is outsourced has not shown that it is not).
import type { Gate } from '../rubric-types.js';
import type { GateResult } from '../score-types.js';
import type { VendorEvaluation } from '../vendor-types.js';
import { readFact } from './read-fact.js';

/** Values are compared as text, like the keys of `levels`: `pass_when: [true]` matches the boolean true. */
export function checkGates(vendor: VendorEvaluation, gates: readonly Gate[]): GateResult[] {
  return gates.map((gate) => {
    const { value } = readFact(vendor, gate.fact, gate.aggregate);
    if (value === null) return { gate: gate.id, status: 'unknown', observed: null };
    const passes = gate.pass_when.some((passing) => String(passing) === String(value));
    return { gate: gate.id, status: passes ? 'pass' : 'fail', observed: value };
  });
}
