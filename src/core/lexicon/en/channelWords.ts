/**
 * Words about channels. `detail`: a contact detail ("phone number", "email"); `weakDetail`: a word
 * that is a contact detail only right after "your" ("number"); `yours`: second-person possessives;
 * `elsewhere`: off the platform ("outside the app", "another app", "directly", "in private");
 * `label`: what names an account ("id", "username", "handle"); `here`: the platform itself;
 * `rule`: talk about the rule; `warning`: a scam warning; `ours`: a business's own account next
 * to an app's name ("our Instagram", "toko kami"), which makes the app the topic of the work;
 * `me`: first-person object pronouns, which make a call verb a request ("call me", "позвони мне");
 * `there`: a place named earlier in the message ("I'm on Signal, ping me there"); `rest`: the rest of the
 * talk ("can we do the rest over Telegram?"), which makes an app named with it the place to move to; `work`: pieces of work
 * made for an app ("reels Instagram", "TikTok videos", "bot de WhatsApp"), which make the app the topic; `seen`: having seen or found the
 * other's work somewhere ("saw your ad on Facebook"), which makes a sentence without a move or ask a mention.
 */
export const channelWords = {
  detail: ['phone number', 'phone', 'cell', 'cell number', 'mobile', 'mobile number', 'email', 'e-mail', 'email address', 'contact', 'contact info', 'contact details', 'contact number', 'personal email', 'personal number', 'digits', 'socials', 'handle', 'whatsapp number', 'telegram handle'],
  weakDetail: ['number', 'num', 'id', 'username', 'account', 'profile'],
  yours: ['your', 'ur', 'yours', 'you'],
  elsewhere: ['outside the app', 'outside the site', 'outside the platform', 'outside this app', 'outside of the app', 'outside of the platform', 'off the platform', 'off the site', 'off the app', 'off-platform', 'offline', 'elsewhere', 'another app', 'other app', 'somewhere else', 'directly', 'in private', 'privately', 'private chat', 'regular text', 'normal text', 'another way', 'other way', 'another channel', 'other means', 'outside of here', 'outside here', 'somewhere other than', 'other than this app', 'anywhere but here', 'outside this site', 'outside this platform', 'somewhere private', 'somewhere more private', 'more privately', 'somewhere more direct'],
  label: ['id', 'handle', 'username', 'user name', 'user', 'name', 'account', 'acct', 'profile', 'page', 'channel', 'nick', 'is', 'as', 'am', 'at'],
  here: ['here', 'this chat', 'this app', 'this site', 'the platform', 'the app', 'on the site', 'in the chat'],
  rule: ['rule', 'rules', 'policy', 'allowed', 'not allowed', 'forbidden', 'prohibited', 'against the terms', 'terms', 'tos', 'banned', 'guidelines'],
  warning: ['scam', 'scammer*', 'fraud', 'phishing', 'report*', 'beware', 'warning', 'careful', 'fake', 'is that legit', 'legit'],
  ours: ['our', 'my business', 'my shop'],
  me: ['me'],
  self: ['i', "i'm", 'im', 'for me', 'myself'],
  there: ['there', 'over there'],
  rest: ['the rest', 'rest of it', 'from here on', 'from now on'],
  work: ['bot', 'bots', 'chatbot*', 'reel', 'reels', 'video*', 'post', 'posts', 'content', 'ads', 'ad', 'stories', 'story', 'feed', 'shorts', 'filter*', 'sticker*', 'template*', 'campaign*', 'business', 'page', 'fanpage', 'auto-reply', 'auto reply', 'autoreply', 'auto-replies', 'auto replies', 'follow-up', 'follow-ups', 'channel', 'followers', 'subscribers'],
  // "the other app", "la app verde", "inną apkę", "yeşil uygulamadan": a word for an app (`appWord`) next to
  // "other" or an app's colour (`otherApp`) names a place to move to without naming it (see intent/vagueApps.ts).
  appWord: ['app', 'apps', 'application', 'chat app', 'messaging app'],
  otherApp: ['other', 'another', 'different', 'second', 'usual', 'green', 'blue', 'purple', 'yellow'],
  seen: ['saw', 'seen', 'came across', 'spotted', 'stumbled', 'watched', 'noticed', 'found you', 'found your'],
  // "if anything", "jak coś": a standing offer to be reached, which turns a bare call verb into an invitation
  anytime: ['if anything', 'if anything comes up', 'anytime', 'any time', 'whenever', 'if you need anything', 'if you need me', "if there's anything"],
  // "when you're downstairs": arriving, which makes "call me" part of a delivery or a visit
  arrival: ['arrive', 'arrived', 'arriving', 'get here', 'get there', "you're here", 'downstairs', 'at the gate', 'at the door', 'outside', 'on your way', 'nearby', 'pull up', 'close by', 'landed', 'when you land', "when you're at", 'at the front door', 'at the lobby', 'get to the gate'],
  // "my number": the writer's own detail, offered ("I'll give you my number")
  mine: ['my'],
  // "my WhatsApp is in my bio": a detail pointed to on the writer's profile
  bio: ['in my bio', 'on my bio', 'in my profile', 'on my profile', 'in my portfolio', 'on my website', 'in my cv', 'on my page'],
  // "I can't talk now but call me": a turn that ends the reach of a negation before it
  contrast: ['but'],
};
