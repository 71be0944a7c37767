/**
 * Money in the UI is what the API says it is: an integer count of the currency's minor units.
 * Parsing and formatting work on the digits as text, so no amount ever passes through a float.
 */

/** The number of decimals of an ISO 4217 currency (USD 2, JPY 0), from the browser's ICU data. */
export function minorDigits(currency: string): number {
  return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
}

export type Parsed = { ok: true; minor: number } | { ok: false; message: string };

/**
 * Reads what a person typed ("12.5", "1,250.00", "0.07") as minor units of `currency`. Refuses
 * signs, exponents, more decimals than the currency has, zero, and amounts beyond what an exact
 * JavaScript integer holds.
 */
export function parseAmount(text: string, currency: string): Parsed {
  const digits = minorDigits(currency);
  const cleaned = text.trim().replace(/[\s,_](?=\d{3}(\D|$))/g, '');
  const match = /^(\d+)(?:\.(\d*))?$/.exec(cleaned);
  if (!match) {
    return { ok: false, message: 'Enter an amount such as 12.50' };
  }
  const whole = match[1] ?? '0';
  const fraction = match[2] ?? '';
  if (fraction.length > digits) {
    return {
      ok: false,
      message: digits === 0 ? `${currency} has no decimals` : `${currency} has at most ${digits} decimals`,
    };
  }
  const minor = BigInt(whole + fraction.padEnd(digits, '0'));
  if (minor === 0n) {
    return { ok: false, message: 'The amount must be more than zero' };
  }
  if (minor > BigInt(Number.MAX_SAFE_INTEGER)) {
    return { ok: false, message: 'The amount is too large' };
  }
  return { ok: true, minor: Number(minor) };
}

/** Minor units as the plain decimal text the forms accept ("1250" USD → "12.50"). */
export function toMajorText(minor: number, currency: string): string {
  const digits = minorDigits(currency);
  const sign = minor < 0 ? '-' : '';
  const text = Math.abs(minor).toString().padStart(digits + 1, '0');
  return digits === 0 ? sign + text : `${sign}${text.slice(0, -digits)}.${text.slice(-digits)}`;
}

/** Minor units for people: "$12.50", "-€3.00", "¥1,200". */
export function formatMoney(minor: number, currency: string): string {
  const format = new Intl.NumberFormat(undefined, { style: 'currency', currency });
  // Intl formats a decimal string exactly (no float rounding) for amounts of any size.
  return format.format(toMajorText(minor, currency) as Intl.StringNumericLiteral);
}
