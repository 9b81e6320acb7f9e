/**
 * How one language says numbers, as people read a phone number aloud. Every field is a list of
 * slots separated by "|" (the slot's place is its value), each slot holding the spellings people
 * type, separated by spaces. Write words lower-case with their accents: the unaccented spelling is
 * derived.
 */
export interface NumberWords {
  /** 0–9. */
  digits: string;
  /** 10–19 as single words. */
  teens?: string;
  /** 10, 20 … 90: a units word may follow ("forty two"). */
  tens?: string;
  /** 100, 200 … 900 as single words ("doscientos", "двести"). */
  hundreds?: string;
  /** 0–99, one word each (Hindi, Bengali, Urdu). */
  pairs?: string;
  /** Multiplies the digit before it by 100 ("five hundred", "quattro|cento"). */
  hundred?: string;
  /** Multiplies the digit before it by 10 ("dua puluh", "hai mươi"). */
  timesTen?: string;
  /** Adds ten to the digit before it (Indonesian "dua belas"). */
  plusTen?: string;
  /** Multiplies the digit before it by 20 (French "quatre-vingt"). */
  score?: string;
  /** Tens words a teen may follow (French "soixante-dix-sept"). */
  teenTens?: string;
  /** "double|triple": the next number said two or three times. */
  repeat?: string;
  /** Words between numbers ("and", "then"). */
  connectors?: string;
  /** Units are said before tens, joined by a connector ("neun-und-fünfzig", "أربعة وثمانين"). */
  unitsFirst?: boolean;
  /** Homophones of digits 0–9 ("won", "ate", "洞"): only read beside another number word. */
  homophones?: string;
  /** Words of this table that are also everyday words: only read beside another number word. */
  ambiguous?: string;
  /** Written without spaces (Chinese, Japanese): number words are found inside longer runs of letters. */
  unspaced?: boolean;
  /** Romanised with no settled spelling ("pachees", "pachis", "pachchis"): words of five letters or more also match by their consonants. */
  looseSpelling?: boolean;
}
