package com.cloudvista.payfast.expense.domain;

/** A line of a bank file that could not be imported, and why. */
public record LineError(int line, String message) {}
