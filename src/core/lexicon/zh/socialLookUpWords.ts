/** "搜一下", "关注", "找". */
export const socialLookUpWords: readonly string[] = ['关注', '找我', '搜一下'];
