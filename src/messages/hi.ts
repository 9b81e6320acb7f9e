import type { PolicyReason, PolicyViolation } from '../core/policy/policyTypes.js';
import type { ContactKind } from '../core/types.js';
import type { MessageCatalogue, ReportReason } from './index.js';
import { formatList, foundMessage, type KindNoun, pluralMessage } from './pluralMessage.js';

const LOCALE = 'hi';

// Hindi plurals: `one` (0 and 1) and `other`. The sentence is "इस संदेश में यह मिला: …", so the
// verb agrees with यह and not with the list, whatever the nouns' gender and number.
const NOUNS: Record<ContactKind, KindNoun> = {
  email: { single: 'एक ईमेल पता', counted: { one: '# ईमेल पता', other: '# ईमेल पते' } },
  phone: { single: 'एक फ़ोन नंबर', counted: { one: '# फ़ोन नंबर', other: '# फ़ोन नंबर' } },
  url: { single: 'एक लिंक', counted: { one: '# लिंक', other: '# लिंक' } },
  social: { single: 'एक मैसेजिंग या सोशल मीडिया अकाउंट', counted: { one: '# मैसेजिंग या सोशल मीडिया अकाउंट', other: '# मैसेजिंग या सोशल मीडिया अकाउंट' } },
  meeting: { single: 'एक मीटिंग लिंक', counted: { one: '# मीटिंग लिंक', other: '# मीटिंग लिंक' } },
  payment: {
    single: 'प्लैटफ़ॉर्म के बाहर भुगतान का एक अनुरोध',
    counted: { one: 'प्लैटफ़ॉर्म के बाहर भुगतान का # अनुरोध', other: 'प्लैटफ़ॉर्म के बाहर भुगतान के # अनुरोध' },
  },
  intent: {
    single: 'बातचीत कहीं और जारी रखने का एक सुझाव',
    counted: { one: 'बातचीत कहीं और जारी रखने का # सुझाव', other: 'बातचीत कहीं और जारी रखने के # सुझाव' },
  },
};

const UNTIL_CONTRACT: Record<ContactKind, string> = {
  email: 'अनुबंध शुरू होने के बाद आप ईमेल पते साझा कर सकेंगे।',
  phone: 'अनुबंध शुरू होने के बाद आप फ़ोन नंबर साझा कर सकेंगे।',
  url: 'अनुबंध शुरू होने के बाद आप लिंक साझा कर सकेंगे।',
  social: 'अनुबंध शुरू होने के बाद आप मैसेजिंग और सोशल मीडिया अकाउंट साझा कर सकेंगे।',
  meeting: 'अनुबंध शुरू होने के बाद आप मीटिंग लिंक साझा कर सकेंगे।',
  payment: 'प्लैटफ़ॉर्म के बाहर भुगतान का अनुरोध अनुबंध शुरू होने के बाद ही किया जा सकता है।',
  intent: 'अनुबंध शुरू होने के बाद आप कहीं और बात करना तय कर सकेंगे।',
};

const MASKED: Record<ContactKind, string> = {
  email: '[ईमेल पता छिपाया गया]',
  phone: '[फ़ोन नंबर छिपाया गया]',
  url: '[लिंक छिपाया गया]',
  social: '[अकाउंट छिपाया गया]',
  meeting: '[मीटिंग लिंक छिपाया गया]',
  payment: '[भुगतान अनुरोध छिपाया गया]',
  intent: '[सुझाव छिपाया गया]',
};

const REASONS: Record<ReportReason, string> = {
  'off-platform-contact': 'बातचीत को प्लैटफ़ॉर्म से बाहर ले जाने को कहता है',
  'off-platform-payment': 'प्लैटफ़ॉर्म के बाहर भुगतान माँगता है',
  scam: 'धोखाधड़ी या ठगी',
  'suspicious-link': 'इसमें संदिग्ध लिंक है',
  other: 'कुछ और',
};

/** The "Why?" per kind: what the rule protects, not what the person did. */
const WHY: Record<ContactKind, string> = {
  phone: 'कुछ गड़बड़ होने पर कॉल और SMS का यहाँ कोई रिकॉर्ड नहीं रहता।',
  email: 'कुछ गड़बड़ होने पर ईमेल का यहाँ कोई रिकॉर्ड नहीं रहता।',
  url: 'लिंक नकली लॉगिन या भुगतान पेज पर ले जा सकते हैं।',
  social: 'दूसरे ऐप पर हुई चैट का यहाँ कोई रिकॉर्ड नहीं रहता, और धोखाधड़ी अक्सर वहीं आगे बढ़ती है।',
  meeting: 'बाहरी टूल पर हुई कॉल में जो तय हुआ, उसका कोई रिकॉर्ड नहीं रहता।',
  payment: 'प्लैटफ़ॉर्म के बाहर किए गए भुगतान सुरक्षित नहीं होते और आमतौर पर वापस नहीं मिलते।',
  intent: 'प्लैटफ़ॉर्म के बाहर कोई रिकॉर्ड नहीं रहता, और कुछ गड़बड़ होने पर प्लैटफ़ॉर्म मदद नहीं कर सकता।',
};

/** Title of a finding's popover: what was found, without an article. */
const TITLES: Record<ContactKind, string> = {
  email: 'ईमेल पता',
  phone: 'फ़ोन नंबर',
  url: 'लिंक',
  social: 'मैसेजिंग या सोशल मीडिया अकाउंट',
  meeting: 'मीटिंग लिंक',
  payment: 'प्लैटफ़ॉर्म के बाहर भुगतान का अनुरोध',
  intent: 'बातचीत कहीं और जारी रखने का सुझाव',
};

const REMOVE_LINKS = pluralMessage(LOCALE, { one: 'लिंक हटाएँ', other: 'लिंक हटाएँ' });
const REMOVE_PAYMENT_REQUESTS = pluralMessage(LOCALE, { one: 'भुगतान अनुरोध हटाएँ', other: 'भुगतान अनुरोध हटाएँ' });

/** One banner line for kinds under the same rule; several kinds share a line without naming them (the list above does). */
function rules(kinds: readonly ContactKind[], reason: PolicyReason, action: PolicyViolation['action'] = 'block'): string {
  const [kind] = kinds;
  // A warning sits next to "Send anyway": it advises, it doesn't forbid.
  if (action === 'warn') {
    if (reason === 'always') return 'भुगतान तभी सुरक्षित रहते हैं जब वे प्लैटफ़ॉर्म से होकर जाते हैं।';
    if (kind === 'intent') return 'अनुबंध शुरू होने तक यहीं बात करना सबसे सुरक्षित है।';
    if (reason === 'until-contract') return 'यह जानकारी अनुबंध शुरू होने के बाद ही शेयर करना सबसे सुरक्षित है।';
    return 'प्लैटफ़ॉर्म इस चरण में यह जानकारी शेयर न करने की सलाह देता है।';
  }
  if (reason === 'always') return 'भुगतान हमेशा प्लैटफ़ॉर्म पर ही होना चाहिए, अनुबंध के दौरान भी।';
  if (reason === 'until-contract') return kind && (kinds.length === 1 || kind === 'intent') ? UNTIL_CONTRACT[kind] : 'अनुबंध शुरू होने के बाद आप यह जानकारी शेयर कर सकेंगे।';
  return 'इस चरण में प्लैटफ़ॉर्म इसकी अनुमति नहीं देता।';
}

/** Hindi, addressing the reader as "आप"; common English loanwords (लिंक, ईमेल, अकाउंट) as people use them. */
export const hi: MessageCatalogue = {
  // No "yet": payments outside the platform are never allowed; the rule lines say when the others lift.
  blockedHeadline: 'यह संदेश भेजा नहीं जा सकता',
  warnedHeadline: 'भेजने से पहले यह संदेश जाँच लें',
  found: foundMessage(LOCALE, NOUNS),
  foundSentence: (items) => `इस संदेश में यह मिला: ${formatList(LOCALE, items)}।`,
  rule: (kind, reason, action) => rules([kind], reason, action),
  whyLabel: 'क्यों?',
  whyText:
    'बातचीत और भुगतान प्लैटफ़ॉर्म पर रखने से आप दोनों सुरक्षित रहते हैं: संदेशों का रिकॉर्ड रहता है, भुगतान सुरक्षित रहते हैं और धोखाधड़ी रोकना आसान होता है।',
  policyLinkLabel: 'नीति पढ़ें',
  composerLabel: 'संदेश',
  composerPlaceholder: 'संदेश लिखें…',
  send: 'भेजें',
  sendAnyway: 'फिर भी भेजें',
  sending: 'भेजा जा रहा है…',
  sendFailed: 'आपका संदेश नहीं भेजा गया। आपका लिखा हुआ टेक्स्ट यहीं है।',
  retry: 'फिर से कोशिश करें',
  removeFlagged: 'संपर्क जानकारी हटाएँ',
  charactersLeft: pluralMessage(LOCALE, { one: '# अक्षर बाकी', other: '# अक्षर बाकी' }),
  reportTrigger: 'रिपोर्ट करें',
  reportTitle: 'इस संदेश की रिपोर्ट करें',
  reportDescription: 'हमें बताएँ कि क्या गलत है। संदेश और उसमें हमें जो मिला, वह रिपोर्ट के साथ भेजा जाएगा।',
  reportReasonsLabel: 'कारण',
  reportReason: (reason) => REASONS[reason],
  reportNoteLabel: 'नोट जोड़ें (वैकल्पिक)',
  reportSubmit: 'रिपोर्ट भेजें',
  reportCancel: 'रद्द करें',
  reportSending: 'रिपोर्ट भेजी जा रही है…',
  reportSent: 'धन्यवाद — हमारी टीम इस संदेश की समीक्षा करेगी।',
  reportFailed: 'रिपोर्ट नहीं भेजी जा सकी। कृपया फिर से कोशिश करें।',
  maskedDetail: (kind) => MASKED[kind],
  tooLong: pluralMessage(LOCALE, { one: 'संदेश में ज़्यादा से ज़्यादा # अक्षर हो सकता है।', other: 'संदेश में ज़्यादा से ज़्यादा # अक्षर हो सकते हैं।' }),
  tooLongMasked: '[संदेश दिखाने के लिए बहुत लंबा है]',
  maskedTooltip: 'अनुबंध शुरू होने तक संपर्क जानकारी छिपी रहती है।',
  scamCautionTitle: 'सावधान रहें',
  scamCaution: ({ payment, offPlatform }) =>
    payment
      ? 'यह संदेश प्लैटफ़ॉर्म के बाहर भुगतान माँगता है। बाहर किए गए भुगतान सुरक्षित नहीं होते।'
      : offPlatform
        ? 'यह संदेश बातचीत कहीं और जारी रखने को कहता है। प्लैटफ़ॉर्म के बाहर की बातचीत सुरक्षित नहीं होती।'
        : '',
  flaggedLabel: (kind) => `चिह्नित: ${NOUNS[kind].single}`,
  // Issue 14 (banner and report).
  whyReason: (kind) => WHY[kind],
  reportBlockUser: 'इस व्यक्ति को ब्लॉक भी करें',
  reportClose: 'बंद करें',
  reportDone: 'रिपोर्ट किया गया',
  ruleForKinds: (kinds, reason, action) => rules(kinds, reason, action),
  // Composer: per-finding actions, removal and undo, a send that always explains itself.
  removeKinds: (kinds, count) => {
    if (kinds.length > 0 && kinds.every((kind) => kind === 'url' || kind === 'meeting')) return REMOVE_LINKS(count);
    if (kinds.length > 0 && kinds.every((kind) => kind === 'payment')) return REMOVE_PAYMENT_REQUESTS(count);
    return 'संपर्क जानकारी हटाएँ';
  },
  removedNotice: 'हटा दिया गया।',
  undo: 'पहले जैसा करें',
  findingTitle: (kind) => TITLES[kind],
  findingRemove: 'हटाएँ',
  findingDispute: 'यह संपर्क जानकारी नहीं है',
  disputedNotice: 'बताने के लिए धन्यवाद। पुष्टि करने के बाद आप संदेश भेज सकते हैं।',
  sendRefused: 'नहीं भेजा गया। संदेश के नीचे दी गई सूचना बताती है कि क्या बदलना है।',
  confirmWarning: (kinds) => `इस संदेश में यह मिला: ${formatList(LOCALE, [...new Set(kinds)].map((kind) => NOUNS[kind].single))}। इसे जैसा है वैसा भेजने के लिए “फिर भी भेजें” चुनें, या इसमें बदलाव करें।`,
  serverRejected: 'प्लैटफ़ॉर्म ने यह संदेश स्वीकार नहीं किया। भेजने के लिए चिह्नित हिस्सों में बदलाव करें।',
};
