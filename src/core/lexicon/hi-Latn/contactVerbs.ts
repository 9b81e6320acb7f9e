/** Romanised Hindi contact verbs (see en/contactVerbs.ts for the slots). */
export const contactVerbs = {
  move: ['jawab', 'baat', 'karo', 'kro', 'karte', 'karein', 'kare', 'sampark', 'shift', 'aa jao', 'aajao', 'aao', 'aa jaiye', 'aa jana', 'reply', 'chale', 'chalen', 'chalein', 'chalte', 'touch me', 'touch mein', 'touch mai', 'connected rehte', 'connected rahte', 'connected rahenge', 'connected raho', 'jude rehte', 'jude rahte', 'jude rahenge'],
  ask: ['dijiye', 'dijie', 'bhejo', 'bhejiye', 'batao', 'bataiye', 'milega', 'de do', 'de dena', 'bhej do', 'mil sakta', 'de sakte', 'do na', 'dena', 'dedo', 'de dijiye', 'chhod do', 'chod do', 'chhodo', 'chhod dena'],
  call: [],
  search: ['khojo', 'dhundo', 'dhoondo'],
  have: ['sakta', 'sakte', 'skte', 'use karte', 'chalate', 'pe ho', 'par ho', 'pr ho'],
  question: ['kya'],
  why: ['kyu', 'kyun'],
  negation: ['nahi', 'nahin', 'mat', 'nhi'],
  how: ['kaise', 'kese', 'kahan', 'kaha', 'kidhar', 'kis tarah'],
  suggest: ['shayad', 'chalo', 'problem na', 'dikkat na', 'kyun na'],
  easier: ['easy', 'aasan', 'asaan', 'behtar', 'jaldi', 'theek', 'thik', 'sahi', 'aasani', 'asaani', 'suvidha', 'better rahega'],
  habit: ['zyada', 'jyada', 'active', 'rehta', 'rehti', 'hamesha'],
  meet: ['milte', 'milo'],
};
