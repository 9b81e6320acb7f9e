/**
 * Parts of names in code and config that sit after a platform's name in developers' messages
 * ("handler.message_text", "bot_main", "user.telegram_id"), never in a person's handle.
 */
export const SOCIAL_CODE_WORDS: ReadonlySet<string> = new Set([
  'handler', 'message', 'text', 'data', 'config', 'main', 'bot', 'api', 'utils', 'util', 'test', 'index', 'init', 'src',
  'lib', 'module', 'func', 'str', 'int', 'webhook', 'token', 'sdk', 'graph', 'client', 'server', 'user', 'users', 'self',
  'this', 'req', 'res', 'os', 'process', 'window', 'document', 'env', 'app', 'props', 'state', 'ctx', 'obj', 'args',
  'settings', 'com', 'net', 'org', 'io',
]);
