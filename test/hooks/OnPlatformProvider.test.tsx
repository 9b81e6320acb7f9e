import { render, renderHook, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { OnPlatformProvider, useOnPlatformSettings } from '../../src/hooks/OnPlatformProvider';
import * as onplatform from '../../src/index';
import { en } from '../../src/messages/en';
import { es } from '../../src/messages/es';

describe('OnPlatformProvider', () => {
  it('hooks work without a provider: English copy, no policy or detector overrides', () => {
    const { result } = renderHook(() => useOnPlatformSettings());
    expect(result.current.messages).toBe(en);
    expect(result.current.policy).toBeUndefined();
    expect(result.current.detectorOptions).toBeUndefined();
    expect(result.current.policyUrl).toBeUndefined();
  });

  it('hands its settings to every hook below; a hook’s own options win, per key for messages', () => {
    const policy = { rules: { url: { none: 'allow' as const } } };
    const wrapper = ({ children }: { children: ReactNode }) => (
      <OnPlatformProvider
        policy={policy}
        detectorOptions={{ defaultCountry: 'BR' }}
        locale="es-MX"
        policyUrl="https://example.com/policy"
        messages={{ send: 'Mandar', retry: 'Otra vez' }}
      >
        {children}
      </OnPlatformProvider>
    );
    const inherited = renderHook(() => useOnPlatformSettings(), { wrapper }).result.current;
    expect(inherited).toMatchObject({ policy, detectorOptions: { defaultCountry: 'BR' }, locale: 'es-MX', policyUrl: 'https://example.com/policy' });
    expect(inherited.messages.send).toBe('Mandar');
    expect(inherited.messages.reportCancel).toBe('Cancelar');

    const own = renderHook(
      () => useOnPlatformSettings({ locale: 'en', messages: { send: 'Go' }, policyUrl: '/rules', detectorOptions: { defaultCountry: 'US' } }),
      { wrapper },
    ).result.current;
    expect(own.messages.send).toBe('Go');
    expect(own.messages.retry).toBe('Otra vez');
    expect(own.messages.reportCancel).toBe('Cancel');
    expect(own.policyUrl).toBe('/rules');
    expect(own.detectorOptions).toEqual({ defaultCountry: 'US' });
  });

  it('is exported from the package entry, so custom UI shows the provider’s copy and policy link', () => {
    const { OnPlatformProvider: Provider, useOnPlatformSettings: useSettings } = onplatform;
    function CustomFooter() {
      const settings: onplatform.UseOnPlatformSettingsResult = useSettings();
      return (
        <p>
          <button type="button">{settings.messages.send}</button>
          {settings.policyUrl && <a href={settings.policyUrl}>{settings.messages.policyLinkLabel}</a>}
        </p>
      );
    }
    render(
      <Provider locale="es" policyUrl="/normas">
        <CustomFooter />
      </Provider>,
    );
    expect(screen.getByRole('button')).toHaveTextContent(es.send);
    expect(screen.getByRole('link', { name: es.policyLinkLabel })).toHaveAttribute('href', '/normas');
  });
});
