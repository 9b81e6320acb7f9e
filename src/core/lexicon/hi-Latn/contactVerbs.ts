/** Romanised Hindi contact verbs (see en/contactVerbs.ts for the slots). */
export const contactVerbs = {
  move: ['baat', 'karo', 'kro', 'karte', 'karein', 'kare', 'chat', 'msg', 'message', 'add', 'discuss', 'interview'],
  ask: ['dijiye', 'dijie', 'bhejo', 'bhejiye', 'batao', 'bataiye', 'milega', 'share', 'de do', 'de dena', 'bhej do', 'mil sakta', 'milega', 'de sakte'],
  call: ['call', 'phone'],
  search: ['search', 'khojo', 'dhundo', 'dhoondo'],
  have: ['hai', 'sakta', 'sakte', 'skte'],
  question: ['kya'],
  why: ['kyu', 'kyun'],
  negation: ['nahi', 'nahin', 'mat', 'nhi'],
};
