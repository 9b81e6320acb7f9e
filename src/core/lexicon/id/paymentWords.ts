import type { PaymentWordTable } from '../paymentWordTable.js';

export const ID_PAYMENT_WORDS: PaymentWordTable = {
  pay: 'bayar~|pembayaran|transfer|tf|trf|kirim uang|duit|dp|tip|sewa|setor~|lunas~|pelunasan|uang~|ditransfer|transferan',
  accept: 'terima|bisa pake|bisa pakai|boleh pake',
  outside: 'di luar|diluar|luar app|luar aplikasi|langsung|lewat luar|tanpa app|tanpa aplikasi|tanpa platform|ga usah lewat app|gak usah lewat app|berdua aja|antara kita|kita atur sendiri|atur berdua',
  fee: 'biaya layanan|biaya admin|potongan|komisi|fee',
  avoid: 'ngapain bayar|hindari|hemat|tanpa|diskon~|lebih murah|kasih diskon|kenapa harus|ngapain|buat apa',
  cash: 'cash|tunai|cod|bayar di tempat|uang tunai',
  rest: 'sisa~|pelunasan|milestone~|termin~|cicilan~|bulan depan|berikutnya',
  details: 'no rek|norek|nomor rekening|no rekening|rekening|atas nama|a.n.|nomor kartu|masa berlaku|cvv',
  gift: 'gift card~|voucher steam|voucher google play|kartu hadiah~|kirim pulsa|transfer pulsa|isi pulsa|pulsa aja|bayar pakai pulsa',
  voucher: 'voucher~|kupon~|pulsa|kode~',
  friends: 'teman dan keluarga|sebagai teman|sebagai hadiah',
  negation: 'jangan|ga|gak|nggak|engga|enggak|tidak|tdk|bukan|ngga|ogah|gak usah|ga usah|nggak usah|tidak usah|gak perlu|tidak perlu|ga perlu',
  own: 'klien aku|klien saya|pelanggan saya|pelanggan aku|toko saya|toko aku|tokoku|customer saya|para pelanggan|pelanggan kami|pelanggan2|konsumen kami|para pembeli|tamu saya|tamu kami|murid saya|penyewa saya',
  warning: 'penipuan|penipu|waspada|hati-hati|lapor~|palsu|modus',
  topic: 'integrasi|laporannya|logo~|spanduk|banner|menu|langganan|bikin aplikasi',
  ask: 'aja|saja|dong|ya|tolong|lewat|via|pakai|pake|scan|ada',
  account: 'rek|rekening~|akun~|kartu~|e-wallet|ewallet',
  holder: 'atas nama siapa|a.n. siapa|nama pemilik',
  venue: 'aplikasi|app|platform|situs|web',
  where: 'ke mana|kemana',
};
