package com.cloudvista.payfast.expense.domain;

/**
 * What a budget carries into the next month: nothing, the unspent part of the month, or the whole
 * remainder including an overspend (a negative carry that shrinks the next month).
 */
public enum Rollover {
  NONE,
  SURPLUS,
  FULL;

  /** The part of last month's remainder ({@code available - spent}) that this mode carries. */
  public long carry(long remainder) {
    return switch (this) {
      case NONE -> 0;
      case SURPLUS -> Math.max(0, remainder);
      case FULL -> remainder;
    };
  }
}
