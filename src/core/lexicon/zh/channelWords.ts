/** Chinese channel words (see en/channelWords.ts for the slots); matched inside unspaced text. */
export const channelWords = {
  detail: ['联系方式', '手机号', '电话号码', '电话', '号码', '邮箱', '联系电话', '邮件', '电邮'],
  weakDetail: ['账号', '号'],
  yours: ['你的', '您的'],
  elsewhere: ['换个地方', '站外', '私下', '私聊', '平台外', '别的软件', '其他软件', '线下', '别的方式', '其他方式', '别的地方', '其他地方', '平台外面', '别的联系方式'],
  label: ['号', '账号', '号是', '名字', '昵称', '搜'],
  here: ['站内', '这里', '平台上', '这边'],
  rule: ['规定', '规则', '不允许', '禁止', '违规'],
  warning: ['骗', '骗子', '诈骗', '别信', '冒充', '小心', '提醒'],
  ours: ['我们的', '公司的'],
  me: ['我'],
  there: ['那边', '那里', '那儿'],
  rest: ['剩下的', '后续', '接下来'],
};
