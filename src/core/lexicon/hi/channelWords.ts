/** Hindi channel words (see en/channelWords.ts for the slots). */
export const channelWords = {
  detail: ['नंबर', 'नम्बर', 'फोन नंबर', 'मोबाइल नंबर', 'ईमेल', 'ई-मेल', 'मेल', 'कॉन्टैक्ट', 'कांटेक्ट', 'संपर्क'],
  weakDetail: ['आईडी', 'अकाउंट', 'प्रोफाइल'],
  yours: ['अपना', 'अपनी', 'आपका', 'आपकी', 'तुम्हारा', 'तेरा', 'आपसे', 'आपको', 'तुमसे', 'तुम्हें'],
  elsewhere: ['किसी और ऐप', 'दूसरे ऐप', 'बाहर', 'डायरेक्ट', 'सीधे', 'पर्सनल', 'कहीं और', 'दूसरी जगह', 'कोई और तरीका', 'और तरीका', 'दूसरा तरीका', 'ऐप के बाहर', 'साइट के बाहर', 'प्लेटफॉर्म के बाहर', 'प्लेटफ़ॉर्म के बाहर'],
  label: ['आईडी', 'आई डी', 'यूजरनेम', 'अकाउंट', 'पेज', 'नाम', 'है'],
  here: ['यहां', 'यहाँ', 'ऐप पे', 'प्लेटफॉर्म'],
  rule: ['नियम', 'रूल', 'पॉलिसी', 'मना', 'अनुमति'],
  warning: ['धोखा', 'फ्रॉड', 'ठगी', 'रिपोर्ट', 'सावधान', 'स्कैम'],
  ours: ['हमारे', 'हमारा', 'हमारी'],
  me: ['मुझे', 'मुझको'],
  self: ['मैं', 'मेरे लिए', 'मेरे', 'हूँ', 'हूं'],
  there: ['वहीं', 'वहाँ', 'वहां'],
  rest: ['बाकी', 'बाक़ी'],
  work: ['बॉट', 'वीडियो', 'पोस्ट', 'रील', 'रील्स', 'कंटेंट', 'विज्ञापन', 'बिज़नेस', 'बिजनेस', 'टेम्पलेट', 'पेज'],
  appWord: ['ऐप', 'एप', 'ऐप्प', 'एप्प', 'एप्लीकेशन', 'ऐप्स'],
  otherApp: ['दूसरे', 'दूसरा', 'दूसरी', 'हरे', 'हरा', 'हरी', 'नीले', 'नीला', 'नीली', 'बैंगनी'],
  seen: ['देखा', 'देखी', 'देखे', 'मिला', 'मिली'],
  // "if anything", "jak coś": a standing offer to be reached, which turns a bare call verb into an invitation
  anytime: ['कुछ भी हो', 'कभी भी', 'कोई भी बात', 'ज़रूरत हो', 'जरूरत हो'],
  // "when you're downstairs": arriving, which makes "call me" part of a delivery or a visit
  arrival: ['पहुँचकर', 'पहुंचकर', 'पहुँच', 'पहुंच', 'नीचे', 'गेट पर'],
  // "my number": the writer's own detail, offered ("I'll give you my number")
  mine: ['मेरा', 'मेरी'],
  // "my WhatsApp is in my bio": a detail pointed to on the writer's profile
  bio: ['बायो में', 'प्रोफाइल में'],
  // "I can't talk now but call me": a turn that ends the reach of a negation before it
  contrast: ['लेकिन', 'मगर'],
};
