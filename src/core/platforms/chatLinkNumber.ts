// Where a click-to-chat link carries a phone number: the first path part ("wa.me/14155550123",
// "t.me/+4917…", "zalo.me/0912…") or any query value ("api.whatsapp.com/send?phone=…",
// "viber://chat?number=…"). On a messaging host a number there can only be the person's phone.
const PATH_NUMBER = /^(?:[a-z]{2,12}:\/\/)?[^/?#]{1,253}\/(\+?\d{8,15})(?![\w-])/iy;
const QUERY_NUMBER = /[?&;][\w-]{1,40}=((?:\+|%2B)?\d{8,15})(?![\w%])/i;

/** The phone number in a link to a messaging platform, as offsets into `link` and its digits. */
export function findChatLinkNumber(link: string): { start: number; end: number; value: string } | undefined {
  PATH_NUMBER.lastIndex = 0;
  const inPath = PATH_NUMBER.exec(link);
  if (inPath) {
    const number = inPath[1]!;
    const start = inPath[0].length - number.length;
    return { start, end: start + number.length, value: number };
  }
  const inQuery = QUERY_NUMBER.exec(link);
  if (!inQuery) return undefined;
  const number = inQuery[1]!;
  const start = inQuery.index + inQuery[0].length - number.length;
  return { start, end: start + number.length, value: number.replace(/^%2B/i, '+') };
}
