import type { ContactKind } from '../types.js';
import type { Policy, PolicyRule } from './policyTypes.js';

const UNTIL_CONTRACT: PolicyRule = { none: 'block', pending: 'block', active: 'allow', ended: 'allow' };
const WARN_UNTIL_CONTRACT: PolicyRule = { none: 'warn', pending: 'warn', active: 'allow', ended: 'allow' };
const NEVER: PolicyRule = { none: 'block', pending: 'block', active: 'block', ended: 'block' };

/**
 * The default marketplace policy, as plain data (render it in docs, send it to a server):
 * contact details wait for a contract, links and invitations get a warning until then, and
 * payment stays on the platform in every state.
 *
 * @group Policy
 */
export const DEFAULT_POLICY: Policy = {
  rules: {
    email: UNTIL_CONTRACT,
    phone: UNTIL_CONTRACT,
    social: UNTIL_CONTRACT,
    meeting: UNTIL_CONTRACT,
    url: WARN_UNTIL_CONTRACT,
    intent: WARN_UNTIL_CONTRACT,
    payment: NEVER,
  } satisfies Record<ContactKind, PolicyRule>,
  exceptions: [],
};
