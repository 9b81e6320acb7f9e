/**
 * Thanks and greetings that come before an @mention in any covered language ("thanks @Maria",
 * "gracias @Lu", "спасибо @Оля"): the @name there is someone addressed, not a handle to move to.
 */
export const SOCIAL_GREETINGS: readonly string[] = [
  'thanks', 'thank you', 'thx', 'ty', 'hi', 'hey', 'hello', 'dear', 'cc', 'gracias', 'hola', 'obrigado', 'obrigada', 'oi',
  'olá', 'merci', 'bonjour', 'salut', 'danke', 'hallo', 'grazie', 'ciao', 'спасибо', 'привет', 'dzięki', 'dziękuję', 'cześć',
  'teşekkürler', 'sağol', 'merhaba', 'شكرا', 'مرحبا', 'धन्यवाद', 'शुक्रिया', 'shukriya', 'dhanyavad', 'ধন্যবাদ', 'شکریہ',
  'terima kasih', 'makasih', 'halo', 'salamat', 'cảm ơn', 'chào', '谢谢', '你好', 'ありがとう', 'こんにちは',
];
