export const ID_PLATFORM_PAYMENT = 'lewat platform|lewat app|lewat aplikasi|di app aja|di aplikasi aja|rekber|rekening bersama|udah aku release|sudah saya release|opsi tunai|opsi cod|pilihan tunai';
