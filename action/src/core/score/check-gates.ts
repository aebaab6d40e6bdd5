// Knock-outs. A gate passes only on a known value listed in `pass_when`; a missing fact is "unknown", which
// never passes (a vendor that will not say whether its core R&D is outsourced has not shown that it is not).
import type { Gate } from '../types/rubric.js';
import type { GateResult } from '../types/score.js';
import type { VendorEvaluation } from '../types/vendor.js';
import { isOneOf, readFact } from './read-fact.js';

export function checkGates(vendor: VendorEvaluation, gates: readonly Gate[]): GateResult[] {
  return gates.map((gate) => {
    const { value } = readFact(vendor, gate.fact, gate.aggregate);
    if (value === null) return { gate: gate.id, status: 'unknown', observed: null };
    return { gate: gate.id, status: isOneOf(gate.pass_when, value) ? 'pass' : 'fail', observed: value };
  });
}

/** A failed gate knocks a vendor out, whatever its score (an unknown one does not). */
export function isKnockedOut(gates: readonly GateResult[]): boolean {
  return gates.some((gate) => gate.status === 'fail');
}
