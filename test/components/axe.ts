import axe from 'axe-core';

/** Runs axe on a rendered container; colour contrast needs real layout (checked in Storybook's Chromium run). */
export async function axeViolations(container: Element): Promise<string[]> {
  const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
  return results.violations.map((violation) => `${violation.id}: ${violation.help}`);
}
