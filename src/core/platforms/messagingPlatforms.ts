/** Messaging and social platforms people move a conversation to. Names are lower-case. */
export interface MessagingPlatform {
  id: string;
  names: readonly string[];
}

export const MESSAGING_PLATFORMS: readonly MessagingPlatform[] = [
  { id: 'whatsapp', names: ['whatsapp', 'whats app', 'whatsap', 'watsapp', 'wa', 'wsp', 'zap', 'zapzap', 'wpp'] },
  { id: 'telegram', names: ['telegram', 'telegrams', 'tg', 'telegarm'] },
  { id: 'signal', names: ['signal'] },
  { id: 'skype', names: ['skype'] },
  { id: 'discord', names: ['discord'] },
  { id: 'wechat', names: ['wechat', 'weixin', 'we chat', '微信'] },
  { id: 'line', names: ['line', 'line app'] },
  { id: 'viber', names: ['viber'] },
  { id: 'kik', names: ['kik'] },
  { id: 'instagram', names: ['instagram', 'insta', 'ig'] },
  { id: 'facebook', names: ['facebook', 'fb', 'messenger'] },
  { id: 'x', names: ['twitter', 'x'] },
  { id: 'linkedin', names: ['linkedin'] },
  { id: 'tiktok', names: ['tiktok', 'tik tok'] },
  { id: 'snapchat', names: ['snapchat', 'snap'] },
  { id: 'imessage', names: ['imessage', 'facetime'] },
  { id: 'email', names: ['email', 'e-mail', 'mail', 'gmail', 'correo', 'courriel'] },
  { id: 'phone', names: ['phone', 'sms', 'text message', 'cell', 'mobile'] },
  { id: 'zoom', names: ['zoom'] },
  { id: 'google-meet', names: ['google meet', 'meet'] },
  { id: 'teams', names: ['teams', 'ms teams', 'microsoft teams'] },
];

/** Platforms whose handles are reported as `social` when written next to the platform's name. */
export const HANDLE_PLATFORMS = new Set([
  'whatsapp', 'telegram', 'signal', 'skype', 'discord', 'wechat', 'line', 'viber', 'kik', 'instagram', 'facebook',
  'x', 'linkedin', 'tiktok', 'snapchat',
]);
