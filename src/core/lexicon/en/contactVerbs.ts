/**
 * Verbs that read as contact or a move elsewhere when a channel is named in the same clause.
 * `move`: talk / write / continue there; `ask`: hand over a detail; `call`: voice calls;
 * `search`: look someone up; `have`: 'do you have / use / are you on' (counts in a question);
 * `question`: question particles besides '?'; `negation`: words that turn the clause into a refusal.
 */
export const contactVerbs = {
  move: ['talk', 'chat', 'continue', 'move', 'switch', 'write', 'message', 'msg', 'text', 'dm', 'pm', 'ping', 'add', 'reach', 'contact', 'hmu', 'hit me up', 'speak', 'discuss', 'connect', 'communicate', 'hop', 'jump', 'take this', 'take it', 'keep in touch', 'inbox', 'video call', 'videocall', 'interview', 'meet', 'follow'],
  ask: ['give', 'send', 'share', 'drop', 'pass', 'leave', 'tell', 'can i get', 'can i have', 'could i get', 'could i have', 'may i have', 'need', "what's", 'whats', 'what is'],
  call: ['call', 'ring', 'phone', 'facetime', 'voice call'],
  search: ['look up', 'look me up', 'search', 'search for', 'find me', 'type in'],
  have: ['have', 'use', 'are you on', 'you on', 'got', 'using', 'can we', 'could we', 'can i'],
  question: [] as string[],
  why: ['why', 'how about'],
  negation: ['not', "don't", 'dont', 'never', "won't", "can't", 'cannot', 'no'],
};
