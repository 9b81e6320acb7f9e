import type { IdCues } from '../idCues.js';

export const idCues: IdCues = {
  phone: 'tawag|tawagan|text|numero|number|cp|cel|viber',
  ids: 'order|resibo|invoice|tracking|serial|model|code|account|booking|reference',
  address: 'blk|block|lot|st|street|brgy|barangay|purok',
};
