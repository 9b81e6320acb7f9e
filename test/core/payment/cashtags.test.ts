// @vitest-environment node
import { findCashtags } from '../../../src/core/payment/cashtags';

const tags = (text: string) => findCashtags(text).map((span) => span.tag);

describe('findCashtags', () => {
  it.each([
    ['my cash app is $anab', ['$anab']],
    ['cashtag: $Ana_B', ['$Ana_B']],
    ['send $ana88 the rest', ['$ana88']],
    ['pay $anab on cashapp', ['$anab']],
  ])('finds %j', (text, expected) => {
    expect(tags(text)).toEqual(expected);
  });

  it.each([
    ['$1,500 on cash app', 'a price'],
    ['$50 per hour, cash app ok', 'a price'],
    ['$ 20/hr', 'a price with a space'],
    ['send $USD 50', 'a currency code'],
    ['US$50 via cash app', 'glued to letters'],
    ['$$$ cash app', 'no letters'],
    ['my $anab', 'no Cash App and no pay verb nearby'],
    ['echo $HOME to pay', 'shell code'],
    ['send $scope.value', 'JavaScript code'],
  ])('ignores %j (%s)', (text) => {
    expect(tags(text)).toEqual([]);
  });

  it('stays fast on a long run of dollar signs', () => {
    expect(tags('$'.repeat(50000))).toEqual([]);
  });
});
