import { createDetector } from '../src/core/index';
const d = createDetector({ defaultCountry: 'US' });
const prose = ('Hi Ana, thanks for the brief. I can deliver the logo in 5 days for $450, with two rounds of changes. ').repeat(1100).slice(0, 100000);
const time = (t: string) => { const r: number[] = []; for (let i = 0; i < 5; i++) { const s = performance.now(); d.detect(i % 2 ? t : 'x' + t.slice(1)); r.push(performance.now() - s); } r.sort((a, b) => a - b); return r[2]; };
const p = time(prose);
console.log('prose 100k', p.toFixed(1));
const shapes: [string, string][] = [['paypal abc_12', 'paypal abc_12 '], ['gcash 0917', 'gcash 0917 555 1234 '], ['telegram @x', 'telegram @ana_k '], ['wa me', 'whatsapp me '], ['iban', 'IBAN DE89 3704 0044 0532 0130 00 '], ['pay me ana@', 'pay me to ana@mail.co '], ['zelle phone', 'zelle me 917 555 0188 '], ['usdt', 'send usdt trc20 to TQn9Y2khEsLJW1ChVWFMSMeRDow5KcbLSE '], ['fee', 'skip the fee pay cash '], ['upi', 'upi ana@okaxis gpay '], ['insta handle', 'my insta is ana.k '], ['call me', 'call me maybe on telegram? '], ['spelled', 'nine one seven five five five '], ['convo', 'send to my gcash\n']];
for (const [name, unit] of shapes) {
  const t = unit.repeat(Math.ceil(50000 / unit.length)).slice(0, 50000);
  const t2 = unit.repeat(Math.ceil(100000 / unit.length)).slice(0, 100000);
  const a = time(t), b = time(t2);
  console.log(name.padEnd(14), a.toFixed(1), b.toFixed(1), 'exp', Math.log2(b / a).toFixed(2), (b / p).toFixed(2) + '× prose at 100k');
}
