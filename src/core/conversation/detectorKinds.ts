import type { ContactKind, Detector } from '../types.js';

// One detail of each kind the conversation reading can add: a detector narrowed to some kinds
// (`kinds`, `composeDetector`) must not report the others because of the history. Each is probed
// alone: read together, a handle after an IBAN is (rightly) a payment address, not a social one.
const PROBES = ['IBAN DE89 3704 0044 0532 0130 00', 'telegram: @ana_kova', 'ana.kova@gmail.com'];
const known = new WeakMap<Detector, ReadonlySet<ContactKind>>();

/** The kinds among payment, social and email that `detector` reports, probed once per detector. */
export function reportedKinds(detector: Detector): ReadonlySet<ContactKind> {
  let kinds = known.get(detector);
  if (!kinds) {
    kinds = new Set(PROBES.flatMap((probe) => detector.detect(probe).map((match) => match.kind)));
    known.set(detector, kinds);
  }
  return kinds;
}
