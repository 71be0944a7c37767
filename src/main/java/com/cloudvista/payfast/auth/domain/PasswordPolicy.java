package com.cloudvista.payfast.auth.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * The password rules of the Cognito pool, mirrored so that both providers refuse the same passwords
 * with the same messages: a minimum length and required character classes.
 */
public record PasswordPolicy(
    int minLength,
    boolean requireUppercase,
    boolean requireLowercase,
    boolean requireDigit,
    boolean requireSymbol) {

  /** Cognito's symbol set for password policies. */
  static final String SYMBOLS = "^$*.[]{}()?\"!@#%&/\\,><':;|_~`=+-";

  public static final int MAX_LENGTH = 256;

  public PasswordPolicy {
    if (minLength < 6 || minLength > 99) {
      throw new IllegalArgumentException(
          "Cognito allows a minimum password length of 6 to 99, not " + minLength);
    }
  }

  public static PasswordPolicy cognitoDefault() {
    return new PasswordPolicy(12, true, true, true, true);
  }

  /** Every rule the password breaks; empty when it is acceptable. */
  public List<String> violations(String password) {
    List<String> problems = new ArrayList<>();
    if (password == null) {
      return List.of("must not be null");
    }
    if (password.length() < minLength) {
      problems.add("must be at least " + minLength + " characters long");
    }
    if (password.length() > MAX_LENGTH) {
      problems.add("must be at most " + MAX_LENGTH + " characters long");
    }
    if (requireUppercase && password.chars().noneMatch(c -> c >= 'A' && c <= 'Z')) {
      problems.add("must contain an upper-case letter");
    }
    if (requireLowercase && password.chars().noneMatch(c -> c >= 'a' && c <= 'z')) {
      problems.add("must contain a lower-case letter");
    }
    if (requireDigit && password.chars().noneMatch(c -> c >= '0' && c <= '9')) {
      problems.add("must contain a digit");
    }
    if (requireSymbol && password.chars().noneMatch(c -> SYMBOLS.indexOf(c) >= 0)) {
      problems.add("must contain a symbol (" + SYMBOLS + ")");
    }
    return problems;
  }
}
