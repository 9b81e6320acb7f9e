/** Romanised Hindi contact verbs (see en/contactVerbs.ts for the slots). */
export const contactVerbs = {
  move: ['baat', 'bat', 'karo', 'kro', 'karte', 'karein', 'kare', 'chat', 'msg', 'message', 'add', 'discuss', 'interview'],
  ask: ['de', 'do', 'dijiye', 'dijie', 'bhejo', 'bhejiye', 'batao', 'bataiye', 'mil', 'milega', 'share'],
  call: ['call', 'phone'],
  search: ['search', 'khojo', 'dhundo', 'dhoondo'],
  have: ['hai', 'h', 'he', 'sakta', 'sakte', 'skte'],
  question: ['kya', 'na'],
  why: ['kyu', 'kyun'],
  negation: ['nahi', 'nahin', 'mat', 'nhi'],
};
