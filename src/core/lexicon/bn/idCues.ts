import type { IdCues } from '../idCues.js';

export const idCues: IdCues = {
  phone: 'নাম্বার|নম্বর|ফোন|কল|মোবাইল|হোয়াটসঅ্যাপ',
  ids: 'অর্ডার|ইনভয়েস|বিল|ট্র্যাকিং|সিরিয়াল|মডেল|কোড|অ্যাকাউন্ট|রসিদ|বুকিং'
};
