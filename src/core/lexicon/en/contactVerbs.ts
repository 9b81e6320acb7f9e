/**
 * Verbs that read as contact or a move elsewhere when a channel is named in the same clause.
 * `move`: talk / write / continue there; `ask`: hand over a detail; `call`: voice calls;
 * `search`: look someone up; `have`: 'do you have / use / are you on' (counts in a question);
 * `question`: question particles besides '?'; `negation`: words that turn the clause into a refusal;
 * `how`: asking how or where to reach someone; `suggest`: a polite proposal ("maybe", "let's",
 * "if you don't mind"), read over the whole sentence; `easier`: "easier / better", which makes a
 * negated question rhetorical ("wouldn't it be easier…?"); `meet`: meeting verbs, contact only
 * with an app named ("meet on Zoom", not "where can we meet?").
 */
export const contactVerbs = {
  move: ['reply', 'respond', 'answer me', 'get back to me', 'talk', 'chat', 'continue', 'move', 'switch', 'write', 'message', 'msg', 'text', 'dm', 'pm', 'ping', 'add', 'reach', 'contact', 'hmu', 'hit me up', 'speak', 'discuss', 'connect', 'communicate', 'hop', 'jump', 'take this', 'take it', 'keep in touch', 'inbox', 'video call', 'videocall', 'interview', 'follow', 'reach out', 'get in touch', 'carry on', 'shift', 'email me', 'mail me', 'sort', 'sort out', 'go over', 'carried on', 'carrying on', 'holler', 'holla', 'holler at me', 'took this', 'taking this', 'took it', 'move this', 'hit me', 'stay in touch', 'stay connected', 'keep in contact', 'stay in contact', 'keep connected'],
  ask: ['give', 'send', 'share', 'drop', 'pass', 'leave', 'tell', 'can i get', 'can i have', 'could i get', 'could i have', 'may i have', 'need', "what's", 'whats', 'what is', 'gimme', 'lemme have', 'send over', 'sending', 'sharing', 'shoot me', 'lemme get', 'let me get', 'lemme grab', 'can i grab'],
  call: ['call', 'ring', 'phone', 'facetime', 'voice call', 'drop me a line', 'give me a shout', 'give me a buzz', 'buzz me', 'text me', 'sms me', 'whatsapp me', 'email me', 'e-mail me', 'mail me', 'shoot me an email', 'shoot me a text', 'shoot me a mail', 'drop me a text', 'drop me an email', 'drop me a mail', 'give me a call', 'give me a ring'],
  search: ['look up', 'look me up', 'search', 'search for', 'find me', 'type in'],
  have: ['have', 'use', 'are you on', 'you on', 'got', 'using', 'can we', 'could we', 'can i', 'u on', 'r u on', 'are u on', "you're on", 'youre on', 'ur on'],
  question: [] as string[],
  why: ['why', 'how about'],
  negation: ['not', "don't", 'dont', 'never', "won't", "can't", 'cannot', 'no'],
  how: ['how', 'where', 'which way', 'best way'],
  suggest: ['maybe', "let's", 'lets', 'shall we', 'how about', 'would you mind', 'if you prefer', "i'd prefer", "i'd rather", 'prefer', 'we could', 'could we', "if that's ok", "if you don't mind"],
  easier: ['easier', 'simpler', 'faster', 'better', 'more convenient', 'quicker', 'smoother', 'handier', 'more comfortable', 'comfier', 'more practical'],
  habit: ['active', 'more active', 'more on', 'more often on', 'always on', 'mostly on', 'check it more', 'check that more'],
  meet: ['meet'],
};
