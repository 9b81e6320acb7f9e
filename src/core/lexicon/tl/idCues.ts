import type { IdCues } from '../idCueTable.js';

export const idCues: IdCues = {
  phone: 'tawag|tawagan|text|numero|number|cp|cel|viber',
  ids: 'or no|or number|order|resibo|invoice|tracking|serial|model|code|account|booking|reference|kwarto|tiket|upuan|plaka|quotation|billing|lbc|jrs|ninja van',
  numbered: 'customer',
  address: 'blk|block|lot|st|street|brgy|barangay|purok',
};
