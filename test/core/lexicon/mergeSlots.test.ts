// @vitest-environment node
import { mergeSlots } from '../../../src/core/lexicon/mergeSlots';

describe('mergeSlots', () => {
  it('merges each slot in the languages’ order, keeping repeats', () => {
    const en = { move: ['text me', 'call me'], ask: ['your number'] };
    const es = { move: ['escríbeme', 'call me'], ask: ['tu número'] };
    expect(mergeSlots([en, es])).toEqual({ move: ['text me', 'call me', 'escríbeme', 'call me'], ask: ['your number', 'tu número'] });
  });

  it('adds nothing for a slot a language leaves out', () => {
    const en: { at: string[]; slash?: string[] } = { at: ['at'], slash: ['slash'] };
    const pl: { at: string[]; slash?: string[] } = { at: ['małpa'] };
    expect(mergeSlots([pl, en])).toEqual({ at: ['małpa', 'at'], slash: ['slash'] });
  });

  it('does not change the tables it merges', () => {
    const en = { move: ['text me'] };
    mergeSlots([en, { move: ['escríbeme'] }]).move.push('extra');
    expect(en.move).toEqual(['text me']);
  });
});
