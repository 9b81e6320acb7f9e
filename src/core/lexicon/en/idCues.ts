import type { IdCues } from '../idCueTable.js';

export const idCues: IdCues = {
  phone: 'call|phone|ph|tel|telephone|mobile|mob|cell|cellphone|number|no|num|nr|ring|dial|text|txt|sms|whatsapp|whats|wa|contact|reach|viber|signal|hotline|landline|area code',
  ids: 'order|orders|roll|enrollment|registration|aadhaar|aadhar|ticket|invoice|inv|ref|reference|contract|tracking|track|booking|case|id|isbn|serial|sn|s/n|model|version|ver|zip|postcode|pin|otp|code|account|acct|iban|sku|item|lot|batch|receipt|transaction|txn|part|imei|awb|shipment|parcel|package|claim|policy|license|plate|flight|room|unit|vin|bill|pnr|seat|reservation|quote|estimate|proforma|statement|vat|tin|gst|gstin|abn|evri|royal mail|fedex|usps|dhl|dpd|hermes|yodel|parcelforce|waybill',
  numbered: 'customer',
  address: 'street|st|avenue|ave|road|rd|apt|flat|floor|house|building|postcode|suite|zip',
};
