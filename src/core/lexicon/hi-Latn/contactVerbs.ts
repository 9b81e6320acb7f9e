/** Romanised Hindi contact verbs (see en/contactVerbs.ts for the slots). */
export const contactVerbs = {
  move: ['baat', 'karo', 'kro', 'karte', 'karein', 'kare'],
  ask: ['dijiye', 'dijie', 'bhejo', 'bhejiye', 'batao', 'bataiye', 'milega', 'de do', 'de dena', 'bhej do', 'mil sakta', 'de sakte'],
  call: [],
  search: ['khojo', 'dhundo', 'dhoondo'],
  have: ['sakta', 'sakte', 'skte'],
  question: ['kya'],
  why: ['kyu', 'kyun'],
  negation: ['nahi', 'nahin', 'mat', 'nhi'],
};
