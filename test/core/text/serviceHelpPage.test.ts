// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { isServiceHelpPage } from '../../../src/core/text/serviceHelpPage';

describe('isServiceHelpPage', () => {
  it.each([
    ['support.google.com', '/mail/answer/123'],
    ['zoom.us', '/support'],
    ['www.paypal.com', '/us/smarthelp/article/FAQ123'],
    ['www.facebook.com', '/help/123'],
    ['play.google.com', '/store/apps/details'],
    ['docs.expo.dev', '/get-started/installation/'],
    ['react.dev', '/reference/react'],
    ['nextjs.org', '/docs/app'],
    ['www.bosch-home.es', '/servicio/manuales'],
    ['www.amazon.de', '/dp/B0C1234567'],
  ])('%s%s is a help or store page', (host, path) => {
    expect(isServiceHelpPage(host, path)).toBe(true);
  });

  it.each([
    ['facebook.com', '/anna.k'],
    ['annak.com', '/faq'],
    ['zoom.us', '/j/123456789'],
    ['t.me', '/anna'],
    ['anakova.design', '/work'],
    ['www.amazon.com', '/shop/anakova'],
  ])('%s%s is not', (host, path) => {
    expect(isServiceHelpPage(host, path)).toBe(false);
  });
});

describe('isServiceHelpPage: developer endpoints and chat links', () => {
  it('treats API hosts as developer pages but keeps chat links', () => {
    expect(isServiceHelpPage('graph.facebook.com', '/v17.0/me/messages')).toBe(true);
    expect(isServiceHelpPage('api.telegram.org', '/bot123/sendMessage')).toBe(true);
    expect(isServiceHelpPage('api.whatsapp.com', '/send?phone=5511987654321')).toBe(false);
  });
});
