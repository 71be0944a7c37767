import { describe, expect, it } from 'vitest';
import { formatMoney, parseAmount, toMajorText } from '../src/money';

describe('parseAmount', () => {
  it.each([
    ['12.50', 'USD', 1250],
    ['12.5', 'USD', 1250],
    ['12', 'USD', 1200],
    ['0.07', 'USD', 7],
    ['1,250.00', 'USD', 125000],
    [' 3.10 ', 'EUR', 310],
    ['1200', 'JPY', 1200],
    ['0.1', 'USD', 10],
    ['0.29', 'USD', 29], // 0.29 * 100 is 28.999999999999996 in floating point
    ['9007199254740.99', 'USD', 900719925474099],
  ])('reads %s %s as %i minor units, exactly', (text, currency, minor) => {
    expect(parseAmount(text, currency)).toEqual({ ok: true, minor });
  });

  it.each([
    ['', 'USD', 'Enter an amount such as 12.50'],
    ['abc', 'USD', 'Enter an amount such as 12.50'],
    ['-5', 'USD', 'Enter an amount such as 12.50'],
    ['1e3', 'USD', 'Enter an amount such as 12.50'],
    ['1.234', 'USD', 'USD has at most 2 decimals'],
    ['1.5', 'JPY', 'JPY has no decimals'],
    ['0', 'USD', 'The amount must be more than zero'],
    ['0.00', 'USD', 'The amount must be more than zero'],
    ['90071992547409.92', 'USD', 'The amount is too large'],
  ])('refuses %j in %s: %s', (text, currency, message) => {
    expect(parseAmount(text, currency)).toEqual({ ok: false, message });
  });
});

describe('formatting', () => {
  it('writes minor units back as the decimal text the forms accept', () => {
    expect(toMajorText(1250, 'USD')).toBe('12.50');
    expect(toMajorText(7, 'USD')).toBe('0.07');
    expect(toMajorText(-310, 'EUR')).toBe('-3.10');
    expect(toMajorText(1200, 'JPY')).toBe('1200');
  });

  it('formats with the currency', () => {
    expect(formatMoney(1250, 'USD')).toContain('12.50');
    expect(formatMoney(900719925474099, 'USD')).toContain('9,007,199,254,740.99');
  });
});
