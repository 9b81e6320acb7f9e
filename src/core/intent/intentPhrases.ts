import { APOS, DETAIL, END, PLATFORM_SLOT, S } from './contactWords.js';

/**
 * Invitations to leave the platform, per language. `{p}` stands for a named platform (a captured
 * slot the recognizer checks against the platform names), `{d}` for a contact detail ("number",
 * "correo", "Nummer"…). Each phrase starts with literal words so the phrase set only tries it
 * where one of them occurs.
 * Refusals and talk about the rule are filtered afterwards (see isRuleTalk), not here.
 */
const ENGLISH = [
  // "let's continue on WhatsApp", "can we talk on Telegram?", "lets move this to email"
  `(?:let${APOS}s|lets|let${S}us|why${S}(?:don${APOS}t|dont)${S}we|why${S}not|can${S}we|could${S}we|shall${S}we|should${S}we|we${S}can|we${S}could|how${S}about${S}we|i${APOS}d${S}(?:prefer|rather|like)${S}to|i${S}would${S}(?:prefer|rather|like)${S}to|prefer${S}to|better${S}to)${S}(?:continue|talk|chat|move|switch|connect|discuss|go|take|speak|meet|communicate|hop|jump|keep${S}in${S}touch|stay${S}in${S}touch|text|call|message)(?:${S}(?:this|it|things|the${S}(?:conversation|chat|call|discussion)|our${S}(?:conversation|chat)))?(?:${S}(?:over|on|onto))?${S}(?:on|over|via|in|to|through|onto|by|using)${S}{p}`,
  // "text me", "call me tomorrow", "email me": verbs that mean a channel the platform doesn't offer
  `(?:text|call|ring|phone|sms|whatsapp|whats${S}app|wa|email|e-mail|mail|telegram|skype)${S}me${END}`,
  `(?:text|call|ring|phone|sms|whatsapp|whats${S}app|wa|email|e-mail|mail|telegram|skype)${S}me${S}(?:up${S})?(?:on|at|via|over|in|through)${S}{p}`,
  // "message me on Instagram", "DM me on IG", "add me on Skype", "hit me up on Discord"
  `(?:message|msg|dm|pm|ping|add|find|follow|reach|contact|hit|catch|write|buzz|holler${S}at)${S}me${S}(?:up${S})?(?:on|at|via|over|in|through|using)${S}{p}`,
  `hmu${S}(?:on|at|via|over|in)${S}{p}`,
  // "give me a call", "shoot me an email", "drop me a text on WhatsApp", "send me a WhatsApp"
  `(?:give|shoot|drop|send|text|leave)${S}me${S}(?:a|an)${S}(?:quick${S})?(?:call|ring|text|e-?mail|mail|sms|whatsapp|whats${S}app|wa|telegram|voice${S}(?:note|message)|line${S}(?:on|at|via)${S}{p}|message${S}(?:on|at|via)${S}{p})${END}`,
  // "what's your number?", "send me your email", "can I get your WhatsApp?"
  `(?:what${APOS}s|whats|what${S}is|send${S}me|give${S}me|share|drop|leave|pass${S}me|tell${S}me|text${S}me|can${S}i${S}(?:get|have)|could${S}i${S}(?:get|have)|may${S}i${S}(?:get|have)|(?:can|could|would)${S}you${S}(?:send|share|give|drop|pass|tell)(?:${S}me)?|i${S}need|i${APOS}ll${S}need|i${S}want)${S}(?:me${S})?your${S}(?:personal${S}|private${S}|direct${S})?{d}`,
  // "do you have WhatsApp?", "are you on Telegram?", "is your WhatsApp this number?"
  `(?:do${S}you${S}(?:have|use)|are${S}you${S}on|you${S}on|you${S}have|got)${S}{p}\\s{0,2}[?]`,
  // "I'll send you my number", "let me give you my email", "I can share my WhatsApp"
  `(?:i${APOS}ll|i${S}will|i${S}can|i${S}could|let${S}me|i${APOS}m${S}going${S}to|im${S}going${S}to|i${S}am${S}going${S}to|i${APOS}d${S}(?:like${S}to|love${S}to)|happy${S}to|here${APOS}s|heres|here${S}is)(?:${S}(?:send|give|share|text|pass|drop|dm|leave|email|whatsapp))?(?:${S}you)?${S}my${S}(?:personal${S}|private${S}|direct${S})?{d}`,
  // "the interview will be on Telegram", "our call is on Zoom", "let's hop on a Zoom call"
  `(?:interview|call|meeting|chat|conversation|talk|session|kick-?off|standup|sync|discussion)${S}(?:will${S}be|would${S}be|is|happens|will${S}happen|takes${S}place|will${S}take${S}place|is${S}going${S}to${S}be|can${S}be)${S}(?:on|via|over|in|through|by)${S}{p}`,
  `(?:hop|jump|get)${S}(?:on|onto)${S}(?:a${S})?(?:quick${S})?{p}`,
  // "let's talk outside the platform", "move this off the site", "take this offline"
  `(?:talk|chat|communicate|continue|move|speak|work|deal|connect|discuss|contact|meet|take${S}(?:this|it|the${S}conversation))${S}(?:outside|off)${S}(?:of${S})?(?:the${S}|this${S})?(?:platform|site|app|website|upwork|fiverr|here)${END}`,
  `(?:take|move)${S}(?:this|it|the${S}conversation|things)${S}(?:offline|elsewhere|off-?platform)${END}`,
  // "contact me directly", "work with me directly"
  `(?:contact|reach|email|e-mail|call|text|message|talk${S}to|speak${S}(?:to|with)|talk${S}with|deal${S}with|work${S}with|write${S}to)${S}me${S}directly${END}`,
  // "my number is in my profile", "my WhatsApp is on my bio"
  `my${S}{d}${S}is${S}(?:in|on)${S}my${S}(?:profile|bio|portfolio|website|site|cv|resume)${END}`,
];

const SPANISH = [
  `(?:escr[ií]beme|h[aá]blame|agr[eé]game|a[ñn][aá]deme|contact[aá]me|b[uú]scame|s[ií]gueme)${S}(?:(?:al|por|en|a)${S}){p}`,
  `(?:ll[aá]mame|m[aá]ndame${S}un${S}(?:whatsapp|wasap|wsp|mensaje${S}(?:al|por)${S}{p}|correo|mail|e-?mail|sms)|escr[ií]beme${S}(?:un${S})?(?:correo|mail|e-?mail)|cont[aá]ctame${S}directamente)${END}`,
  `(?:p[aá]same|dame|env[ií]ame|m[aá]ndame|comp[aá]rteme|me${S}(?:das|pasas|compartes|env[ií]as|mandas|regalas))${S}(?:tu|su)${S}{d}`,
  `(?:cu[aá]l|qu[eé])${S}es${S}(?:tu|su)${S}{d}`,
  `(?:tienes|tiene|tenes|tenés|usas)${S}{p}\\s{0,2}[?]`,
  `(?:sigamos|hablemos|continuemos|conversemos|pasemos|vamos${S}a${S}hablar|podemos${S}hablar)${S}(?:(?:por|en|a|al)${S}){p}`,
  `(?:te|le)${S}(?:paso|mando|doy|env[ií]o|dejo|comparto)${S}mi${S}{d}`,
  `(?:hablemos|sigamos|trabajemos|hablar|trabajar|tratar|negociar)${S}(?:por${S}fuera|fuera${S}de${S}la${S}plataforma)${END}`,
];

const PORTUGUESE = [
  `me${S}(?:passa|manda|envia|d[aá]|fala|passe|mande|envie)${S}(?:o${S}|a${S})?(?:seu|sua|teu|tua)${S}{d}`,
  `me${S}(?:chama|liga|adiciona|chame|ligue|add|adicione|procura|segue|manda${S}(?:mensagem|msg|um${S}oi))${S}(?:(?:no|na|pelo|pela|por|em)${S}){p}`,
  `me${S}(?:liga|ligue|telefona|manda${S}um${S}(?:whats|zap|whatsapp|e-?mail|sms))${END}`,
  `(?:vamos|podemos|bora)${S}(?:conversar|falar|continuar|seguir|trocar${S}ideia)${S}(?:(?:pelo|no|na|pela|por|em)${S}){p}`,
  `qual${S}(?:[eé]${S})?(?:o${S}|a${S})?(?:seu|sua|teu|tua)${S}{d}`,
  `(?:voc[eê]${S}tem|tem|vc${S}tem|c[eê]${S}tem)${S}{p}\\s{0,2}[?]`,
  `(?:te|vou${S}te|posso${S}te)${S}(?:passo|mando|passar|mandar|envio|enviar|dou|dar)${S}(?:o${S}|a${S})?(?:meu|minha)${S}{d}`,
  `(?:conversar|falar|tratar|negociar|continuar|trabalhar)${S}(?:por${S}fora|fora${S}da${S}plataforma)${END}`,
];

const FRENCH = [
  `(?:ajoute|ecris|écris|contacte|appelle|envoie|texte|ecrivez|écrivez|appelez|contactez|ajoutez|envoyez|retrouve|retrouvez)[-\\s]moi${S}(?:un${S}(?:message|mot|texto|sms)${S})?(?:(?:sur|par|via|au|en)${S}){p}`,
  `(?:appelle|appelez|textez|texte)[-\\s]moi${END}`,
  `(?:donne|envoie|passe|file|donnez|envoyez|passez|laisse|laissez)[-\\s]moi${S}(?:ton|ta|votre)${S}{d}`,
  `(?:quel|quelle)${S}est${S}(?:ton|ta|votre)${S}{d}`,
  `(?:tu${S}as|as-tu|avez-vous|vous${S}avez|t${APOS}as)${S}{p}\\s{0,2}[?]`,
  `(?:continuons|parlons|discutons|passons|on${S}(?:continue|parle|passe|discute))${S}(?:(?:sur|par|via|en)${S}){p}`,
  `(?:je${S}te${S}|je${S}vous${S}|je${S}t['’]\\s{0,2})(?:donne|envoie|passe|file|laisse)${S}(?:mon|ma)${S}{d}`,
  `(?:parler|discuter|travailler|continuer|echanger|échanger|parlons|discutons|travaillons)${S}en${S}dehors${S}de${S}la${S}plateforme${END}`,
];

const GERMAN = [
  `(?:schreib|schreibe|schreiben${S}sie|ruf|rufen${S}sie|kontaktier|kontaktiere|kontaktieren${S}sie|f[uü]g|adde|meld${S}dich|melde${S}dich|melden${S}sie${S}sich)${S}(?:mir|mich|bei${S}mir)${S}(?:(?:auf|per|[uü]ber|bei|via|in|an)${S}){p}`,
  `(?:ruf|rufen${S}sie)${S}mich${S}(?:doch${S})?an${END}`,
  `(?:gib|schick|sende|geben${S}sie|schicken${S}sie|senden${S}sie)${S}mir${S}(?:mal${S})?(?:deine|ihre|dein|ihr)${S}{d}`,
  `(?:wie${S}(?:ist|lautet)|was${S}ist)${S}(?:deine|ihre|dein|ihr)${S}{d}`,
  `(?:hast${S}du|haben${S}sie)${S}{p}\\s{0,2}[?]`,
  `lass${S}uns${S}(?:(?:auf|[uü]ber|per|bei|via|in)${S}){p}`,
  `(?:schicke|gebe|sende|schick|geb)${S}(?:dir|ihnen)${S}(?:meine|mein)${S}{d}`,
  `(?:au[sß]erhalb|ausserhalb)${S}der${S}plattform${END}`,
];

const ITALIAN = [
  `(?:scrivimi|aggiungimi|chiamami|contattami|sentiamoci|continuiamo|parliamo|messaggiami|cercami|seguimi)${S}(?:(?:su|via|per|al|in|tramite|sul)${S}){p}`,
  `(?:chiamami|telefonami|mandami${S}un${S}(?:whatsapp|messaggio${S}su${S}{p}|sms|e-?mail))${END}`,
  `(?:dammi|mandami|passami|inviami|lasciami)${S}(?:il${S}|la${S})?(?:tuo|tua)${S}{d}`,
  `qual${S}[eè]${S}(?:il${S}|la${S})?(?:tuo|tua)${S}{d}`,
  `(?:hai|ha|avete)${S}{p}\\s{0,2}[?]`,
  `ti${S}(?:do|mando|passo|lascio|invio)${S}(?:il${S}|la${S})?(?:mio|mia)${S}{d}`,
  `(?:parliamo|parlare|sentiamoci|lavorare|lavoriamo|continuare|continuiamo)${S}fuori${S}dalla${S}piattaforma${END}`,
];

const INDONESIAN = [
  `(?:hubungi|chat|kontak|tambahkan|add|telepon|telpon|wa|whatsapp|dm|japri|sms)${S}(?:saya|aku|gue|gw|sy)${S}(?:(?:di|lewat|via|ke)${S}){p}`,
  `(?:telepon|telpon|wa|whatsapp|sms)${S}(?:saya|aku|gue|gw|sy)${END}`,
  `japri${END}`,
  `(?:minta|boleh${S}minta|kirim(?:kan)?|bagi|share|kasih)${S}{d}${S}(?:kamu|anda|mu|nya|kak|gan|sis|bro)${END}`,
  `berapa${S}(?:nomor|no)${S}(?:hp${S}|wa${S}|telp${S})?(?:kamu|anda|mu|nya)${END}`,
  `(?:lanjut|ngobrol|pindah|chat)${S}(?:di|lewat|via|ke)${S}{p}`,
  `(?:ngobrol|bicara|kerja|transaksi|lanjut|chat)${S}di${S}luar${S}(?:platform|aplikasi|app)${END}`,
];

/**
 * Every built-in phrase, with `{p}` replaced by the platform slot (one capture group, checked
 * against the platform names by the recognizer) and `{d}` by the contact-detail words.
 */
export const INTENT_PHRASES: readonly string[] = [...ENGLISH, ...SPANISH, ...PORTUGUESE, ...FRENCH, ...GERMAN, ...ITALIAN, ...INDONESIAN].map(
  (phrase) => phrase.replaceAll('{p}', PLATFORM_SLOT).replaceAll('{d}', DETAIL),
);
