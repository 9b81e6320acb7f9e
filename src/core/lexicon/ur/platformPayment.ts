export const UR_PLATFORM_PAYMENT = 'پلیٹ فارم سے ہی|پلیٹ فارم سے|ایپ سے ہی|ایپ کے ذریعے|ریلیز کر دیا';
