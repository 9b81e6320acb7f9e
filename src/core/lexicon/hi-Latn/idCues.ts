import type { IdCues } from '../idCueTable.js';

export const idCues: IdCues = {
  phone: 'number|nambar|no|phone|fone|call|mobile|whatsapp|wa',
  ids: 'order|bill|roll|aadhar|aadhaar|pan|invoice|tracking|serial|model|code|account|booking|receipt|gaadi|gadi|challan|rasid|quotation|gstin|gst|delhivery|dtdc|bluedart|ekart|part',
  numbered: 'customer|consumer',
  address: 'makan|gali|flat|sector|pin|ghar|house',
};
