/** Chinese channel words (see en/channelWords.ts for the slots); matched inside unspaced text. */
export const channelWords = {
  detail: ['联系方式', '手机号', '电话号码', '电话', '号码', '邮箱', '联系电话', '邮件', '电邮'],
  weakDetail: ['账号', '号'],
  yours: ['你的', '您的'],
  elsewhere: ['换个地方', '站外', '私下', '私聊', '平台外', '别的软件', '其他软件', '线下', '别的方式', '其他方式', '别的地方', '其他地方', '平台外面', '别的联系方式'],
  label: ['号', '账号', '号是', '名字', '昵称', '搜'],
  here: ['站内', '这里', '平台上', '这边', '在app里', '就在app里'],
  rule: ['规定', '规则', '不允许', '禁止', '违规'],
  warning: ['骗', '骗子', '诈骗', '别信', '冒充', '小心', '提醒'],
  ours: ['我们的', '公司的', '我店里', '我的店', '店里'],
  me: ['我'],
  self: ['我这边'],
  there: ['那边', '那里', '那儿'],
  rest: ['剩下的', '后续', '接下来'],
  work: ['动画', '剪辑', '内容', '广告', '帖子', '笔记', '店铺', '小店', '商品页', '频道', '粉丝'],
  appWord: ['app', '应用', '软件', '平台', '聊天软件'],
  otherApp: ['其他', '别的', '另一个', '另外的', '另外', '绿色', '蓝色', '绿', '蓝'],
  seen: ['看到', '刷到', '看见', '发现'],
  // "if anything", "jak coś": a standing offer to be reached, which turns a bare call verb into an invitation
  anytime: ['有事', '随时', '有什么事', '有问题'],
  // "when you're downstairs": arriving, which makes "call me" part of a delivery or a visit
  arrival: ['到楼下', '到了', '到门口', '楼下', '到小区', '到大门口', '大门口', '门口', '到了给我', '到小区门口'],
  // "my number": the writer's own detail, offered ("I'll give you my number")
  mine: ['我的'],
  // "my WhatsApp is in my bio": a detail pointed to on the writer's profile
  bio: ['主页里', '简介里', '个人简介'],
  // "I can't talk now but call me": a turn that ends the reach of a negation before it
  contrast: ['但是', '不过'],
};
