/** Bengali channel words (see en/channelWords.ts for the slots). */
export const channelWords = {
  detail: ['নম্বর', 'নাম্বার', 'ফোন নম্বর', 'ইমেইল*', 'ই-মেইল', 'মেইল', 'কন্টাক্ট', 'যোগাযোগ', 'নাম্বার*', 'নম্বর*'],
  weakDetail: ['আইডি', 'অ্যাকাউন্ট', 'প্রোফাইল'],
  yours: ['আপনার', 'তোমার', 'তোর', 'আপনাকে', 'তোমাকে', 'আপনি'],
  elsewhere: ['অন্য কোনো অ্যাপে', 'অন্য অ্যাপে', 'অন্য কোনো অ্যাপ', 'বাইরে', 'সরাসরি', 'ব্যক্তিগত', 'পার্সোনাল', 'অন্য কোথাও', 'অন্য জায়গায়', 'অন্য কোনো উপায়', 'অন্য উপায়', 'অ্যাপের বাইরে', 'সাইটের বাইরে'],
  label: ['আইডি', 'আই ডি', 'ইউজারনেম', 'অ্যাকাউন্ট', 'পেজ', 'নাম'],
  here: ['এখানে', 'অ্যাপে'],
  rule: ['নিয়ম', 'পলিসি', 'নিষেধ', 'অনুমতি'],
  warning: ['প্রতার*', 'রিপোর্ট', 'সাবধান', 'স্ক্যাম', 'ফ্রড'],
  ours: ['আমাদের'],
  me: ['আমাকে', 'আমায়'],
  self: ['আমি', 'আমার', 'আমার জন্য', 'থাকি'],
  there: ['ওখানে', 'সেখানে', 'ওইখানে'],
  rest: ['বাকিটা', 'বাকি'],
  work: ['বট', 'ভিডিও', 'পোস্ট', 'রিল', 'রিলস', 'কনটেন্ট', 'বিজ্ঞাপন', 'বিজনেস', 'টেমপ্লেট', 'পেজ', 'চ্যানেল', 'চ্যানেলে', 'ফলোয়ার'],
  appWord: ['অ্যাপ', 'অ্যাপে', 'অ্যাপস', 'এপ', 'এপে', 'অ্যাপটা', 'অ্যাপটাতে', 'অ্যাপ্লিকেশন'],
  otherApp: ['অন্য', 'আরেক', 'আরেকটা', 'সবুজ', 'নীল', 'বেগুনি'],
  seen: ['দেখেছি', 'দেখলাম', 'পেয়েছি', 'পেলাম'],
  // "if anything", "jak coś": a standing offer to be reached, which turns a bare call verb into an invitation
  anytime: ['কিছু লাগলে', 'যেকোনো সময়', 'কোনো দরকার হলে', 'দরকার হলে'],
  // "when you're downstairs": arriving, which makes "call me" part of a delivery or a visit
  arrival: ['নিচে এসে', 'পৌঁছে', 'পৌঁছালে', 'গেটে'],
  // "my number": the writer's own detail, offered ("I'll give you my number")
  mine: ['আমার'],
  // "my WhatsApp is in my bio": a detail pointed to on the writer's profile
  bio: ['বায়োতে', 'প্রোফাইলে'],
  // "I can't talk now but call me": a turn that ends the reach of a negation before it
  contrast: ['কিন্তু'],
};
