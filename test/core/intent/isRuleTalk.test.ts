// @vitest-environment node
import { isRuleTalk } from '../../../src/core/intent/isRuleTalk';

/** Checks the phrase written between [[ and ]] in `marked`. */
const ruleTalk = (marked: string) => {
  const from = marked.indexOf('[[');
  const to = marked.indexOf(']]') - 2;
  return isRuleTalk(marked.replace('[[', '').replace(']]', ''), from, to);
};

describe('isRuleTalk', () => {
  it.each([
    ["I don't [[text]] clients", 'negation a few words back'],
    ['please do not [[text me]]', 'two-word negation'],
    ['no puedo [[pasarte mi número]]', 'Spanish'],
    ['não [[me chama no zap]]', 'Portuguese'],
    ["je n'ai pas [[WhatsApp]]", 'French n’'],
    ['bitte nicht [[auf WhatsApp]]', 'German'],
    ['non [[scrivermi su WhatsApp]]', 'Italian'],
    ['jangan [[hubungi saya di WA]]', 'Indonesian'],
    ['is it allowed to [[talk on WhatsApp]]?', 'a question about the rule'],
    ['the rules say, in short, [[share your email]]', 'rule words reach over commas'],
    ['[[share emails]] once the contract starts', 'deferral forward'],
    ['[[text me]] after you accept the offer', 'deferral forward (offer)'],
    ['[[me passa seu número]] quando o contrato começar', 'Portuguese deferral'],
    ['[[text me]] the details here', 'stays on the platform'],
    ['[[call me]] through the platform', 'stays on the platform'],
    ['[[talk on WhatsApp]], or is that against the rules?', 'rule words after, same sentence'],
    ['I updated [[my bank details]] in my settings', 'the platform’s own settings'],
  ])('%j is rule talk (%s)', (marked) => {
    expect(ruleTalk(marked)).toBe(true);
  });

  it.each([
    ['[[text me]]'],
    ['No worries, [[text me]]'],
    ['no problem [[call me]]'],
    ['No, [[text me]] instead'],
    ["I can't talk now but [[call me]] tomorrow"],
    ["I don't know. [[Text me]]"],
    ['[[text me]] when you are ready'],
    ['[[call me]], here is the plan'],
    ["I never said no to anything, I'm flexible and happy and ready, [[text me]]"],
    ['We agreed on the policy yesterday. [[Call me]]'],
  ])('%j is an invitation', (marked) => {
    expect(ruleTalk(marked)).toBe(false);
  });

  it('looks only a bounded distance back', () => {
    const far = `I don't ${'really '.repeat(10)}[[text me]]`;
    expect(ruleTalk(far)).toBe(false);
  });
});
