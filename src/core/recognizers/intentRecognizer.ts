import { isRuleTalk } from '../intent/isRuleTalk.js';
import { leadingWords } from '../text/leadingWords.js';
import { MESSAGING_PLATFORMS } from '../platforms/messagingPlatforms.js';
import { alternation } from '../text/alternation.js';
import { matchFromView, type RecognizerFactory } from '../recognizer.js';
import type { ContactMatch } from '../types.js';

// What people ask for when they want to leave the platform.
const DETAIL =
  "(?:phone(?:\\s{1,2}number)?|number|cell(?:\\s{1,2}number)?|mobile(?:\\s{1,2}number)?|digits|e-?mail(?:\\s{1,2}address)?|personal\\s{1,2}e-?mail|contact(?:\\s{1,2}(?:info|details|number))?|whats\\s?app|telegram|skype|discord|wechat|insta(?:gram)?|ig|socials?|handle|n[uú]mero|tel[eé]fono|correo|zap|telefone|contato|num[eé]ro|t[eé]l[eé]phone|mail|nummer|handynummer|telefonnummer|numero|cellulare|nomor|no\\s{0,2}hp|no\\s{0,2}wa|wa)";

/** Phrases that invite someone off the platform; `{p}` stands for a platform name. */
const PHRASES = [
  // English
  "\\blet'?s\\s{1,2}(?:continue|talk|chat|move|switch|connect|discuss|go|take\\s{1,2}this|speak|meet)(?:\\s{1,2}(?:this|it|the\\s{1,2}conversation))?\\s{1,2}(?:on|over|via|in|to|through)\\s{1,2}{p}",
  "\\b(?:text|call|ring|message|msg|dm|pm|ping|whatsapp|email|e-mail|mail|hit\\s{1,2}me\\s{1,2}up|hmu)\\s{1,2}me\\b(?!\\s{1,2}(?:here|on\\s{1,2}(?:the\\s{1,2})?(?:platform|site|app)|through|via\\s{1,2}(?:the\\s{1,2})?platform|in\\s{1,2}(?:this|the)\\s{1,2}chat))",
  "\\b(?:what'?s|what\\s{1,2}is|send\\s{1,2}me|give\\s{1,2}me|share|drop|leave|can\\s{1,2}i\\s{1,2}(?:get|have)|could\\s{1,2}you\\s{1,2}(?:send|share|give)(?:\\s{1,2}me)?)\\s{1,2}(?:me\\s{1,2})?your\\s{1,2}" + DETAIL,
  "\\b(?:add|find|contact|reach|follow|hit|message|text|call|dm)\\s{1,2}me\\s{1,2}(?:up\\s{1,2})?(?:on|at|via|over|in)\\s{1,2}{p}",
  "\\b(?:interview|call|meeting|chat|conversation|talk)\\s{1,2}(?:will\\s{1,2}be|is|happens|takes\\s{1,2}place)\\s{1,2}(?:on|via|over|in|through)\\s{1,2}{p}",
  "\\b(?:talk|chat|communicate|continue|move|speak|work|deal)\\s{1,2}(?:outside|off)\\s{1,2}(?:of\\s{1,2})?(?:the\\s{1,2}|this\\s{1,2})?(?:platform|site|app|website)",
  "\\b(?:contact|reach|email|call|text)\\s{1,2}me\\s{1,2}directly\\b",
  "\\bmy\\s{1,2}(?:number|email|whatsapp|contact)\\s{1,2}is\\s{1,2}(?:in|on)\\s{1,2}my\\s{1,2}(?:profile|bio)",
  // Spanish
  "\\b(?:escr[ií]beme|h[aá]blame|ll[aá]mame|agr[eé]game|contact[aá]me|m[aá]ndame\\s{1,2}(?:un\\s{1,2})?mensaje)\\s{1,2}(?:al|por|en|a)\\s{1,2}{p}",
  "\\b(?:p[aá]same|dame|env[ií]ame|m[aá]ndame)\\s{1,2}tu\\s{1,2}" + DETAIL,
  "\\bcu[aá]l\\s{1,2}es\\s{1,2}tu\\s{1,2}" + DETAIL,
  "\\b(?:sigamos|hablemos|continuemos)\\s{1,2}(?:por|en)\\s{1,2}{p}",
  // Portuguese
  "\\bme\\s{1,2}(?:passa|manda|envia|d[aá])\\s{1,2}(?:o\\s{1,2}|a\\s{1,2})?(?:seu|sua|teu|tua)\\s{1,2}" + DETAIL,
  "\\bme\\s{1,2}(?:chama|liga|adiciona|chame|ligue)\\s{1,2}(?:no|na|pelo|pela)\\s{1,2}{p}",
  "\\bvamos\\s{1,2}(?:conversar|falar|continuar)\\s{1,2}(?:pelo|no|na|pela)\\s{1,2}{p}",
  "\\bqual\\s{1,2}(?:[eé]\\s{1,2})?(?:o\\s{1,2}|a\\s{1,2})?(?:seu|sua|teu|tua)\\s{1,2}" + DETAIL,
  // French
  "\\b(?:ajoute|[eé]cris|contacte|appelle|envoie)[- ]moi\\s{1,2}(?:un\\s{1,2}message\\s{1,2})?(?:sur|par|via|au)\\s{1,2}{p}",
  "\\b(?:donne|envoie|passe)[- ]moi\\s{1,2}(?:ton|ta|votre)\\s{1,2}" + DETAIL,
  "\\bquel\\s{1,2}est\\s{1,2}(?:ton|ta|votre)\\s{1,2}" + DETAIL,
  "\\b(?:continuons|parlons)\\s{1,2}(?:sur|par|via)\\s{1,2}{p}",
  // German
  "\\b(?:schreib|schreiben\\s{1,2}sie|ruf|kontaktier|f[uü]g)\\s{1,2}mi(?:r|ch)\\s{1,2}(?:auf|per|[uü]ber|bei|via|in|an)\\s{1,2}{p}",
  "\\b(?:gib|schick|sende)\\s{1,2}mir\\s{1,2}(?:deine|ihre|dein)\\s{1,2}" + DETAIL,
  "\\bwie\\s{1,2}(?:ist|lautet)\\s{1,2}(?:deine|ihre|dein)\\s{1,2}" + DETAIL,
  "\\blass\\s{1,2}uns\\s{1,2}(?:auf|[uü]ber|per|bei|via)\\s{1,2}{p}",
  // Italian
  "\\b(?:scrivimi|aggiungimi|chiamami|contattami|sentiamoci|continuiamo)\\s{1,2}(?:su|via|per|al|in)\\s{1,2}{p}",
  "\\b(?:dammi|mandami|passami|inviami)\\s{1,2}(?:il\\s{1,2}|la\\s{1,2})?(?:tuo|tua)\\s{1,2}" + DETAIL,
  "\\bqual\\s{1,2}[eè]\\s{1,2}(?:il\\s{1,2}|la\\s{1,2})?(?:tuo|tua)\\s{1,2}" + DETAIL,
  // Indonesian
  "\\b(?:hubungi|chat|kontak|tambahkan|add|telepon|telpon|wa)\\s{1,2}(?:saya|aku|gue|gw)\\s{1,2}(?:di|lewat|via|ke)\\s{1,2}{p}",
  "\\b(?:minta|boleh\\s{1,2}minta|kirim(?:kan)?)\\s{1,2}" + DETAIL + "\\s{1,2}(?:kamu|anda|mu|nya)",
  "\\bberapa\\s{1,2}(?:nomor|no)\\s{1,2}(?:hp\\s{1,2}|wa\\s{1,2})?(?:kamu|anda|mu)",
  "\\b(?:lanjut|ngobrol)\\s{1,2}(?:di|lewat|via)\\s{1,2}{p}",
];

/**
 * Finds invitations to leave the platform without concrete details ("let's continue on
 * WhatsApp", "what's your number?", "escríbeme al WhatsApp"), but not refusals or talk about
 * the rule ("I don't work outside the platform", "we can share emails once the contract starts").
 */
export const createIntentRecognizer: RecognizerFactory = (options) => {
  const platformByName = new Map(
    [...MESSAGING_PLATFORMS, ...options.platforms].flatMap((platform) => platform.names.map((name) => [name.toLowerCase(), platform.id] as const)),
  );
  const names = alternation([...platformByName.keys(), 'number', 'personal email', 'private chat', 'dm', 'dms', 'pm', 'private'], '\\s{1,2}');
  const platformPattern = `(?:my\\s{1,2}|your\\s{1,2}|the\\s{1,2}|o\\s{1,2}|el\\s{1,2}|le\\s{1,2}|il\\s{1,2})?(${names})(?![\\p{L}\\d])`;
  const phrases = [
    ...PHRASES.map((phrase) => phrase.replace('{p}', platformPattern)),
    ...options.intentPhrases.map((phrase) => `(?<![\\p{L}\\d])${alternation([phrase], '\\s{1,2}')}(?![\\p{L}\\d])`),
  ];
  // One regex per phrase: each stays small enough to prove free of catastrophic backtracking.
  // Each runs only when one of its leading words occurs at all (a fast substring check), which
  // keeps a keystroke cheap: most messages contain none of them.
  const patterns = phrases.map((phrase) => ({ regex: new RegExp(phrase, 'giu'), triggers: leadingWords(phrase) }));

  return {
    kinds: ['intent'],
    scan(context) {
      const view = context.folded;
      const text = view.text;
      const matches: ContactMatch[] = [];
      const lower = text.toLowerCase();
      for (const { regex, triggers } of patterns) {
        if (triggers && !triggers.some((trigger) => lower.includes(trigger))) continue;
        for (const found of text.matchAll(regex)) {
          const from = found.index;
          const to = from + found[0].length;
          if (isRuleTalk(text, from, to)) continue;
          const named = found[1];
          const platform = named ? platformByName.get(named.toLowerCase().replace(/\s+/g, ' ')) : undefined;
          matches.push(matchFromView(view, from, to, { kind: 'intent', confidence: 0.7, ...(platform ? { platform } : {}) }));
        }
      }
      return matches;
    },
  };
};

