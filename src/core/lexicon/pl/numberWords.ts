import type { NumberWords } from '../numberWordTable.js';

export const numberWords: NumberWords = {
  digits: 'zero|jeden jedna jedno|dwa dwie|trzy|cztery|pięć|sześć|siedem|osiem|dziewięć',
  teens: 'dziesięć|jedenaście|dwanaście|trzynaście|czternaście|piętnaście|szesnaście|siedemnaście|osiemnaście|dziewiętnaście',
  tens: '|dwadzieścia|trzydzieści|czterdzieści|pięćdziesiąt|sześćdziesiąt|siedemdziesiąt|osiemdziesiąt|dziewięćdziesiąt',
  hundreds: 'sto|dwieście|trzysta|czterysta|pięćset|sześćset|siedemset|osiemset|dziewięćset',
  connectors: 'i potem',
};
