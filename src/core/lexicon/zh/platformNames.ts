/** Chinese names and chat nicknames: "微信", "薇信", "威信", "V信", "vx", "QQ", "扣扣", "钉钉", "飞书", "抖音"… */
export const platformNames: Readonly<Record<string, readonly string[]>> = {
  wechat: ['微信', '薇信', '威信', '魏信', 'v信', '绿泡泡', '徽信', '加v', '个v', '我v', 'v我', '加vx', '卫星号', '加卫星', '加薇', 'wei信', 'wei xin'],
  qq: ['扣扣', 'q号', '企鹅', '球球号'],
  dingtalk: ['钉钉'],
  feishu: ['飞书'],
  douyin: ['抖音', '抖音号'],
  xiaohongshu: ['小红书', '红书', '小红薯'],
  weibo: ['微博', '围脖'],
  xianyu: ['闲鱼'],
  whatsapp: ['瓦次艾普'],
  telegram: ['电报', '纸飞机', '飞机号', '飞机:', '飞机：', '电报号'],
  instagram: ['ins'],
  facebook: ['脸书'],
  x: ['推特'],
  zoom: ['腾讯会议'],
  kuaishou: ['快手'],
  youtube: ['油管'],
};
