export const TL_PLATFORM_PAYMENT = 'through the app checkout|sa app na lang|dito sa app|sa platform|lahat sa platform|na-fund|escrow|refund form';
