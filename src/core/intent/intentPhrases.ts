import { DETAIL, END, PLATFORM_SLOT, phraseSource } from './contactWords.js';

/**
 * Invitations to leave the platform, per language. A space stands for one to three spaces and an
 * apostrophe for ' or ’ (see phraseSource); `{p}` for a named platform (a captured slot the
 * recognizer checks against the platform names), `{d}` for a contact detail ("number", "correo",
 * "Nummer"…). Each phrase starts with literal words so the phrase set only tries it
 * where one of them occurs.
 * Refusals and talk about the rule are filtered afterwards (see isRuleTalk), not here.
 */
const ENGLISH = [
  // "let's continue on WhatsApp", "can we talk on Telegram?", "lets move this to email"
  `(?:let's|lets|let us|why (?:don't|dont) we|why not|can we|could we|shall we|should we|we can|we could|how about we|i'd (?:prefer|rather|like) to|i would (?:prefer|rather|like) to|prefer to|better to) (?:continue|talk|chat|move|switch|connect|discuss|go|take|speak|meet|communicate|hop|jump|keep in touch|stay in touch|text|call|message)(?: (?:this|it|things|the (?:conversation|chat|call|discussion)|our (?:conversation|chat)))?(?: (?:over|on|onto))? (?:on|over|via|in|to|through|onto|by|using) {p}`,
  // "text me", "call me tomorrow", "email me": verbs that mean a channel the platform doesn't offer
  `(?:text|call|ring|phone|sms|whatsapp|whats app|wa|email|e-mail|mail|telegram|skype) me${END}`,
  `(?:text|call|ring|phone|sms|whatsapp|whats app|wa|email|e-mail|mail|telegram|skype) me (?:up )?(?:on|at|via|over|in|through) {p}`,
  // "message me on Instagram", "DM me on IG", "add me on Skype", "hit me up on Discord"
  `(?:message|msg|dm|pm|ping|add|find|follow|reach|contact|hit|catch|write|buzz|holler at) me (?:up )?(?:on|at|via|over|in|through|using) {p}`,
  `hmu (?:on|at|via|over|in) {p}`,
  // "give me a call", "shoot me an email", "drop me a text on WhatsApp", "send me a WhatsApp"
  `(?:give|shoot|drop|send|text|leave) me (?:a|an) (?:quick )?(?:call|ring|text|e-?mail|mail|sms|whatsapp|whats app|wa|telegram|voice (?:note|message)|line (?:on|at|via) {p}|message (?:on|at|via) {p})${END}`,
  // "what's your number?", "send me your email", "can I get your WhatsApp?"
  `(?:what's|whats|what is|send me|give me|share|drop|leave|pass me|tell me|text me|can i (?:get|have)|could i (?:get|have)|may i (?:get|have)|(?:can|could|would) you (?:send|share|give|drop|pass|tell)(?: me)?|i need|i'll need|i want) (?:me )?your (?:personal |private |direct )?{d}`,
  // "do you have WhatsApp?", "are you on Telegram?", "is your WhatsApp this number?"
  `(?:do you (?:have|use)|are you on|you on|you have|got) {p}\\s{0,2}[?]`,
  // "I'll send you my number", "let me give you my email", "I can share my WhatsApp"
  `(?:i'll|i will|i can|i could|let me|i'm going to|im going to|i am going to|i'd (?:like to|love to)|happy to|here's|heres|here is)(?: (?:send|give|share|text|pass|drop|dm|leave|email|whatsapp))?(?: you)? my (?:personal |private |direct )?{d}`,
  // "the interview will be on Telegram", "our call is on Zoom", "let's hop on a Zoom call"
  `(?:interview|call|meeting|chat|conversation|talk|session|kick-?off|standup|sync|discussion) (?:will be|would be|is|happens|will happen|takes place|will take place|is going to be|can be) (?:on|via|over|in|through|by) {p}`,
  `(?:hop|jump|get) (?:on|onto) (?:a )?(?:quick )?{p}`,
  // "let's talk outside the platform", "move this off the site", "take this offline"
  `(?:talk|chat|communicate|continue|move|speak|work|deal|connect|discuss|contact|meet|take (?:this|it|the conversation)) (?:outside|off) (?:of )?(?:the |this )?(?:platform|site|app|website|upwork|fiverr|here)${END}`,
  `(?:take|move) (?:this|it|the conversation|things) (?:offline|elsewhere|off-?platform)${END}`,
  // "contact me directly", "work with me directly"
  `(?:contact|reach|email|e-mail|call|text|message|talk to|speak (?:to|with)|talk with|deal with|work with|write to) me directly${END}`,
  // "my number is in my profile", "my WhatsApp is on my bio"
  `my {d} is (?:in|on) my (?:profile|bio|portfolio|website|site|cv|resume)${END}`,
];

const SPANISH = [
  `(?:escr[ií]beme|h[aá]blame|agr[eé]game|a[ñn][aá]deme|contact[aá]me|b[uú]scame|s[ií]gueme) (?:(?:al|por|en|a) ){p}`,
  `(?:ll[aá]mame|m[aá]ndame un (?:whatsapp|wasap|wsp|mensaje (?:al|por) {p}|correo|mail|e-?mail|sms)|escr[ií]beme (?:un )?(?:correo|mail|e-?mail)|cont[aá]ctame directamente)${END}`,
  `(?:p[aá]same|dame|env[ií]ame|m[aá]ndame|comp[aá]rteme|me (?:das|pasas|compartes|env[ií]as|mandas|regalas)) (?:tu|su) {d}`,
  `(?:cu[aá]l|qu[eé]) es (?:tu|su) {d}`,
  `(?:tienes|tiene|tenes|tenés|usas) {p}\\s{0,2}[?]`,
  `(?:sigamos|hablemos|continuemos|conversemos|pasemos|vamos a hablar|podemos hablar) (?:(?:por|en|a|al) ){p}`,
  `(?:te|le) (?:paso|mando|doy|env[ií]o|dejo|comparto) mi {d}`,
  `(?:hablemos|sigamos|trabajemos|hablar|trabajar|tratar|negociar) (?:por fuera|fuera de la plataforma)${END}`,
];

const PORTUGUESE = [
  `me (?:passa|manda|envia|d[aá]|fala|passe|mande|envie) (?:o |a )?(?:seu|sua|teu|tua) {d}`,
  `me (?:chama|liga|adiciona|chame|ligue|add|adicione|procura|segue|manda (?:mensagem|msg|um oi)) (?:(?:no|na|pelo|pela|por|em) ){p}`,
  `me (?:liga|ligue|telefona|manda um (?:whats|zap|whatsapp|e-?mail|sms))${END}`,
  `(?:vamos|podemos|bora) (?:conversar|falar|continuar|seguir|trocar ideia) (?:(?:pelo|no|na|pela|por|em) ){p}`,
  `qual (?:[eé] )?(?:o |a )?(?:seu|sua|teu|tua) {d}`,
  `(?:voc[eê] tem|tem|vc tem|c[eê] tem) {p}\\s{0,2}[?]`,
  `(?:te|vou te|posso te) (?:passo|mando|passar|mandar|envio|enviar|dou|dar) (?:o |a )?(?:meu|minha) {d}`,
  `(?:conversar|falar|tratar|negociar|continuar|trabalhar) (?:por fora|fora da plataforma)${END}`,
];

const FRENCH = [
  `(?:ajoute|ecris|écris|contacte|appelle|envoie|texte|ecrivez|écrivez|appelez|contactez|ajoutez|envoyez|retrouve|retrouvez)[-\\s]moi (?:un (?:message|mot|texto|sms) )?(?:(?:sur|par|via|au|en) ){p}`,
  `(?:appelle|appelez|textez|texte)[-\\s]moi${END}`,
  `(?:donne|envoie|passe|file|donnez|envoyez|passez|laisse|laissez)[-\\s]moi (?:ton|ta|votre) {d}`,
  `(?:quel|quelle) est (?:ton|ta|votre) {d}`,
  `(?:tu as|as-tu|avez-vous|vous avez|t'as) {p}\\s{0,2}[?]`,
  `(?:continuons|parlons|discutons|passons|on (?:continue|parle|passe|discute)) (?:(?:sur|par|via|en) ){p}`,
  `(?:je te |je vous |je t'\\s{0,2})(?:donne|envoie|passe|file|laisse) (?:mon|ma) {d}`,
  `(?:parler|discuter|travailler|continuer|echanger|échanger|parlons|discutons|travaillons) en dehors de la plateforme${END}`,
];

const GERMAN = [
  `(?:schreib|schreibe|schreiben sie|ruf|rufen sie|kontaktier|kontaktiere|kontaktieren sie|f[uü]g|adde|meld dich|melde dich|melden sie sich) (?:mir|mich|bei mir) (?:(?:auf|per|[uü]ber|bei|via|in|an) ){p}`,
  `(?:ruf|rufen sie) mich (?:doch )?an${END}`,
  `(?:gib|schick|sende|geben sie|schicken sie|senden sie) mir (?:mal )?(?:deine|ihre|dein|ihr) {d}`,
  `(?:wie (?:ist|lautet)|was ist) (?:deine|ihre|dein|ihr) {d}`,
  `(?:hast du|haben sie) {p}\\s{0,2}[?]`,
  `lass uns (?:(?:auf|[uü]ber|per|bei|via|in) ){p}`,
  `(?:schicke|gebe|sende|schick|geb) (?:dir|ihnen) (?:meine|mein) {d}`,
  `(?:au[sß]erhalb|ausserhalb) der plattform${END}`,
];

const ITALIAN = [
  `(?:scrivimi|aggiungimi|chiamami|contattami|sentiamoci|continuiamo|parliamo|messaggiami|cercami|seguimi) (?:(?:su|via|per|al|in|tramite|sul) ){p}`,
  `(?:chiamami|telefonami|mandami un (?:whatsapp|messaggio su {p}|sms|e-?mail))${END}`,
  `(?:dammi|mandami|passami|inviami|lasciami) (?:il |la )?(?:tuo|tua) {d}`,
  `qual [eè] (?:il |la )?(?:tuo|tua) {d}`,
  `(?:hai|ha|avete) {p}\\s{0,2}[?]`,
  `ti (?:do|mando|passo|lascio|invio) (?:il |la )?(?:mio|mia) {d}`,
  `(?:parliamo|parlare|sentiamoci|lavorare|lavoriamo|continuare|continuiamo) fuori dalla piattaforma${END}`,
];

const INDONESIAN = [
  `(?:hubungi|chat|kontak|tambahkan|add|telepon|telpon|wa|whatsapp|dm|japri|sms) (?:saya|aku|gue|gw|sy) (?:(?:di|lewat|via|ke) ){p}`,
  `(?:telepon|telpon|wa|whatsapp|sms) (?:saya|aku|gue|gw|sy)${END}`,
  `japri${END}`,
  `(?:minta|boleh minta|kirim(?:kan)?|bagi|share|kasih) {d} (?:kamu|anda|mu|nya|kak|gan|sis|bro)${END}`,
  `berapa (?:nomor|no) (?:hp |wa |telp )?(?:kamu|anda|mu|nya)${END}`,
  `(?:lanjut|ngobrol|pindah|chat) (?:di|lewat|via|ke) {p}`,
  `(?:ngobrol|bicara|kerja|transaksi|lanjut|chat) di luar (?:platform|aplikasi|app)${END}`,
];

/**
 * Every built-in phrase as a regex source, with `{p}` replaced by the platform slot (one capture
 * group, checked against the platform names by the recognizer) and `{d}` by the contact-detail words.
 */
export const INTENT_PHRASES: readonly string[] = [...ENGLISH, ...SPANISH, ...PORTUGUESE, ...FRENCH, ...GERMAN, ...ITALIAN, ...INDONESIAN].map(
  (phrase) => phraseSource(phrase).replaceAll('{p}', PLATFORM_SLOT).replaceAll('{d}', DETAIL),
);
