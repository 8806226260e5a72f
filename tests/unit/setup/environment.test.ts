import { describe, expect, it } from 'vitest';

describe('the test environment', () => {
  it('runs in UTC, whatever the machine’s time zone', () => {
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe('UTC');
    expect(new Date(2024, 0, 1).getTimezoneOffset()).toBe(0);
  });

  it('runs with a fixed default locale, so only explicit locales format numbers and dates', () => {
    expect(new Intl.NumberFormat().resolvedOptions().locale).toMatch(/^en-US/);
    expect((1234.5).toLocaleString()).toBe('1,234.5');
  });
});
