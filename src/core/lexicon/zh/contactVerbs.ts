/** Chinese contact verbs (see en/contactVerbs.ts for the slots); matched inside unspaced text. */
export const contactVerbs = {
  move: ['回我', '回复', '聊', '沟通', '联系', '加', '细说', '私聊', '私信', '视频', '谈', '说', '交流', '滴滴', '语音聊', '转到', '转去', '移步', '发消息', '私我', '找我'],
  ask: ['给', '留', '发', '告诉', '发我', '给个'],
  call: ['打电话', '电话', '语音通话', '视频通话'],
  search: ['搜', '搜索', '查'],
  have: ['有', '用', '可以', '方便', '能'],
  question: ['吗', '么', '吧', '呢'],
  why: ['为什么', '何不'],
  negation: ['不', '别', '不要', '不能', '禁止'],
  how: ['怎么', '哪里', '哪儿', '如何', '怎样', '在哪'],
  suggest: ['要不', '要不然', '不如', '不介意', '介意', '咱们'],
  easier: ['方便', '更方便', '快一点', '简单'],
  meet: [] as string[],
};
