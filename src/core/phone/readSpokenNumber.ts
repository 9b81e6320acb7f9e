import type { Morpheme } from './numberMorphemes.js';

/** One number as said, and the tokens it was said with. */
export interface SpokenGroup {
  digits: string;
  /** Index of the first and last token of the group. */
  first: number;
  last: number;
}

/**
 * Reads number words the way people say a phone number, one group at a time:
 * "zéro six, soixante-dix-sept" → 0, 6, 77; "dokuz yüz on bir" → 911; "ميتين وتلاتاشر" → 213.
 * Feed it each token's number words in order; a word that can't extend the current number starts
 * the next one.
 */
export class SpokenNumberReader {
  readonly groups: SpokenGroup[] = [];
  private value = -1;
  /** The largest amount that can still be added to the number being read (0: it is complete). */
  private open = 0;
  /** The digit just read and what was open before it, for "five hundred" and "neun und fünfzig". */
  private lastDigit = -1;
  private openBeforeDigit = 0;
  private first = 0;
  private last = 0;
  private repeat = 1;
  private repeatToken = 0;
  private unitsFirst = false;

  /** A digit string typed as digits ("0 chín 1 bốn"). */
  literal(digits: string, token: number): void {
    this.flush();
    this.start(token);
    this.groups.push({ digits: digits.repeat(this.repeat), first: token, last: token });
    this.repeat = 1;
    this.value = -1;
  }

  word(morpheme: Morpheme, token: number): void {
    const { kind, value } = morpheme;
    const unitsFirst = this.unitsFirst;
    this.unitsFirst = false;
    switch (kind) {
      case 'connector':
        this.unitsFirst = morpheme.unitsFirst === true;
        return;
      case 'repeat':
        this.flush();
        this.repeat = value;
        this.repeatToken = token;
        return;
      case 'digit':
        if (this.value >= 0 && value > 0 && value < this.open) return this.add(value, 0, token, true);
        return this.begin(value, 0, token, true);
      case 'pair':
        if (this.value >= 0 && value < this.open) return this.add(value, 0, token);
        return this.begin(value, 0, token);
      case 'tens': {
        const open = morpheme.takesTeen ? 20 : 10;
        // "neun und fünfzig", "أربعة وثمانين": the units came first.
        if (unitsFirst && this.lastDigit > 0 && value < this.openBeforeDigit) return this.add(value, 0, token);
        if (this.value >= 0 && value < this.open) return this.add(value, open, token);
        return this.begin(value, open, token);
      }
      case 'hundreds':
        return this.begin(value, 100, token);
      case 'times':
        // "cinq cents", "dua puluh", "quatre-vingt": the digit before is multiplied.
        if (this.lastDigit > 0) return this.add(this.lastDigit * (value - 1), value, token);
        return this.begin(value, value, token);
      case 'plusTen':
        if (this.lastDigit >= 0) this.add(10, 0, token);
        return;
      default:
        return kind satisfies never;
    }
  }

  /** Ends the number being read; call once after the last token. */
  flush(): void {
    if (this.value < 0) return;
    const digits = String(this.value).repeat(this.repeat);
    const previous = this.groups[this.groups.length - 1];
    // Two numbers in one word ("zweiundzwanzig" is one, "zéro-six" may be two): one group per token.
    if (previous && previous.last >= this.first) {
      previous.digits += digits;
      previous.last = this.last;
    } else {
      this.groups.push({ digits, first: this.first, last: this.last });
    }
    this.value = -1;
    this.repeat = 1;
    this.lastDigit = -1;
  }

  private start(token: number): void {
    // "double five" is highlighted from "double".
    this.first = this.repeat > 1 ? this.repeatToken : token;
    this.last = token;
  }

  private begin(value: number, open: number, token: number, isDigit = false): void {
    this.flush();
    this.start(token);
    this.value = value;
    this.open = open;
    this.lastDigit = isDigit ? value : -1;
    this.openBeforeDigit = 100;
  }

  private add(value: number, open: number, token: number, isDigit = false): void {
    if (isDigit) this.openBeforeDigit = this.open;
    this.value += value;
    this.open = open;
    this.lastDigit = isDigit ? value : -1;
    this.last = token;
  }
}
