/**
 * Thanks and greetings that come before an @mention in any covered language ("thanks @Maria",
 * "gracias @Lu", "спасибо @Оля"): the @name there is someone addressed, not a handle to move to.
 */
export const SOCIAL_GREETINGS: readonly string[] = [
  'thanks', 'thank you', 'thx', 'hi', 'hey', 'hello', 'dear', 'cc', 'gracias', 'hola', 'obrigado', 'obrigada', 'oi', 'merci',
  'salut', 'danke', 'hallo', 'grazie', 'ciao', 'спасибо', 'dzięki', 'teşekkürler', 'شكرا', 'shukriya', 'makasih', 'salamat',
  'cảm ơn', '谢谢',
];
