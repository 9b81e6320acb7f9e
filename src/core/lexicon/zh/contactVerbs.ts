/** Chinese contact verbs (see en/contactVerbs.ts for the slots); matched inside unspaced text. */
export const contactVerbs = {
  move: ['聊', '沟通', '联系', '加', '细说', '私聊', '私信', '视频', '谈', '说', '交流', '滴滴', '语音聊'],
  ask: ['给', '留', '发', '告诉', '发我', '给个'],
  call: ['打电话', '电话', '语音通话', '视频通话'],
  search: ['搜', '搜索', '查'],
  have: ['有', '用', '可以', '方便', '能'],
  question: ['吗', '么', '吧', '呢'],
  why: ['为什么', '何不'],
  negation: ['不', '别', '不要', '不能', '禁止'],
};
