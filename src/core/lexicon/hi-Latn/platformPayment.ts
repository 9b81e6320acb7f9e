export const HI_LATN_PLATFORM_PAYMENT = 'platform se hi|platform se|app se hi|app ke through|site se hi|release kar diya|release kar di|refund form';
