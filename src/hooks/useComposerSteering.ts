import { useMemo } from 'react';
import { useLatest } from '../utils/useLatest.js';
import type { SteeringReducer } from '../utils/useSteeredReducer.js';
import { type ComposerPart, type ComposerParts, type ComposerStateReducer, steerPart } from './composerStateReducer.js';

/** Each part's `stateReducer`, or none when the caller steers nothing. */
export type ComposerSteering = { [P in ComposerPart]: SteeringReducer<ComposerParts[P]['state'], ComposerParts[P]['action']> | undefined };

const NO_STEERING: ComposerSteering = { composer: undefined, draft: undefined, heldWarning: undefined, findingPopover: undefined };

/**
 * The composer's `stateReducer` split into one per part, made once: they read the latest
 * `stateReducer` when an action comes, so an inline arrow function costs no new functions per render.
 */
export function useComposerSteering(stateReducer: ComposerStateReducer | undefined): ComposerSteering {
  const latest = useLatest(stateReducer);
  const steers = stateReducer !== undefined;
  return useMemo(() => {
    if (!steers) return NO_STEERING;
    const read = () => latest.current;
    return {
      composer: steerPart(read, 'composer'),
      draft: steerPart(read, 'draft'),
      heldWarning: steerPart(read, 'heldWarning'),
      findingPopover: steerPart(read, 'findingPopover'),
    };
  }, [steers, latest]);
}
