import { describe, expect, it } from 'vitest';
import { requestedKommune } from '../../../../src/lib/areas/requested-kommune.ts';

const known = ['101', '751'];

describe('requestedKommune', () => {
  it('reads the code a chart picker submitted', () => {
    expect(requestedKommune('https://example.dk/kommuner/?kommune=751', known)).toBe('751');
  });

  it('accepts the 4-digit code with a leading zero', () => {
    expect(requestedKommune('https://example.dk/kommuner/?kommune=0751', known)).toBe('751');
  });

  it('is null for an unknown code or no parameter', () => {
    expect(requestedKommune('https://example.dk/kommuner/?kommune=999', known)).toBeNull();
    expect(requestedKommune('https://example.dk/kommuner/', known)).toBeNull();
  });
});
