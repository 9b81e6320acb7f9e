import type { IdCues } from '../idCueTable.js';

export const idCues: IdCues = {
  phone: 'telp|telepon|tlp|hp|nomor|no|nomer|wa|whatsapp|hubungi|kontak|misscall|sms|kode area',
  ids: 'pesanan|order|invoice|faktur|resi|tagihan|nota|seri|model|kode|rekening|struk|booking|pemesanan|imei|plat|penerbangan|kamar|tiket|kursi|barang|nik|ktp|kwitansi|surat jalan|npwp|jne|jnt|sicepat|anteraja',
  address: 'jl|jalan|rt|rw|blok|lantai|gang|gg|kav|pos',
};
