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
  'suspicious-link': 'इसमें संदिग्ध लिंक है',
  other: 'कुछ और',
};

/** Hindi, addressing the reader as "आप"; common English loanwords (लिंक, ईमेल, अकाउंट) as people use them. */
export const hi: MessageCatalogue = {
  blockedHeadline: 'यह संदेश अभी भेजा नहीं जा सकता',
  warnedHeadline: 'भेजने से पहले यह संदेश जाँच लें',
  found: foundMessage(LOCALE, NOUNS),
  foundSentence: (items) => `इस संदेश में यह मिला: ${formatList(LOCALE, items)}।`,
  rule: (kind, reason) => {
    if (reason === 'always') return 'भुगतान हमेशा प्लैटफ़ॉर्म पर ही होना चाहिए, अनुबंध के दौरान भी।';
    if (reason === 'until-contract') return UNTIL_CONTRACT[kind];
    return 'इस चरण में प्लैटफ़ॉर्म इसकी अनुमति नहीं देता।';
  },
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
};
