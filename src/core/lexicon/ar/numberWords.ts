import type { NumberWords } from '../numberWordTable.js';

// Standard and Egyptian/Levantine spellings; "و" (and) is written joined to the next word.
export const numberWords: NumberWords = {
  digits: 'صفر زيرو|واحد واحده|اتنين اثنين اثنان|تلاته ثلاثه|اربعه|خمسه|سته|سبعه|تمانيه ثمانيه|تسعه',
  teens: 'عشره|حداشر احدعشر|اتناشر اثنعشر|تلتاشر تلاتاشر|اربعتاشر|خمستاشر|ستاشر|سبعتاشر|تمنتاشر|تسعتاشر',
  tens: '|عشرين|تلاتين ثلاثين|اربعين|خمسين|ستين|سبعين|تمانين ثمانين|تسعين',
  hundreds: 'ميه مائه مئه|ميتين مئتين مئتان|تلتميه ثلاثمائه|ربعميه اربعمائه|خمسميه خمسمائه|ستميه ستمائه|سبعميه سبعمائه|تمنميه ثمانمائه|تسعميه تسعمائه',
  connectors: 'و وبعدين',
  unitsFirst: true,
};
