export const VI_PLATFORM_PAYMENT = 'qua escrow|thanh toán trên app|trên app|qua app|qua sàn|trên sàn|em nhận khi anh duyệt|qua trang web|qua web|qua nền tảng|trên nền tảng';
