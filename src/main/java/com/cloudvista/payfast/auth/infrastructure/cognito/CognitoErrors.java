package com.cloudvista.payfast.auth.infrastructure.cognito;

import com.cloudvista.payfast.auth.domain.EmailAlreadyRegisteredException;
import com.cloudvista.payfast.auth.domain.OAuthException;
import com.cloudvista.payfast.platform.problem.ErrorCode;
import com.cloudvista.payfast.platform.problem.Problem;
import com.cloudvista.payfast.platform.problem.ProblemException;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CodeMismatchException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CognitoIdentityProviderException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ExpiredCodeException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidPasswordException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.LimitExceededException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.NotAuthorizedException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.PasswordResetRequiredException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.TooManyFailedAttemptsException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.TooManyRequestsException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserNotConfirmedException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserNotFoundException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UsernameExistsException;

/** Translates Cognito's exceptions into the contract's errors. */
final class CognitoErrors {

  private static final String RETRY_AFTER = "5";

  private CognitoErrors() {}

  /** For the token endpoint: RFC 6749 errors. */
  static RuntimeException forGrant(RuntimeException e) {
    if (e instanceof NotAuthorizedException || e instanceof UserNotFoundException) {
      return OAuthException.invalidGrant(message(e, "Incorrect username or password."));
    }
    if (e instanceof UserNotConfirmedException) {
      return OAuthException.invalidGrant("User is not confirmed.");
    }
    if (e instanceof PasswordResetRequiredException) {
      return OAuthException.invalidGrant("Password reset required for the user.");
    }
    if (e instanceof TooManyRequestsException
        || e instanceof LimitExceededException
        || e instanceof TooManyFailedAttemptsException) {
      return OAuthException.rateLimited(Long.parseLong(RETRY_AFTER));
    }
    if (e instanceof InvalidParameterException) {
      return OAuthException.invalidRequest(message(e, "Invalid request."));
    }
    if (e instanceof CognitoIdentityProviderException || e instanceof SdkClientException) {
      return OAuthException.temporarilyUnavailable("The identity provider could not be reached.");
    }
    return e;
  }

  /** For the JSON endpoints: problem+json errors. */
  static RuntimeException forApi(RuntimeException e) {
    if (e instanceof UsernameExistsException) {
      return new EmailAlreadyRegisteredException();
    }
    if (e instanceof InvalidPasswordException) {
      return invalid("password", message(e, "does not meet the password policy"));
    }
    if (e instanceof CodeMismatchException
        || e instanceof ExpiredCodeException
        || e instanceof UserNotFoundException) {
      // UserNotFound answers like a wrong code so that confirmation reveals no accounts.
      return invalid("code", "Invalid or expired verification code.");
    }
    if (e instanceof InvalidParameterException) {
      return invalid("body", message(e, "Invalid request."));
    }
    if (e instanceof NotAuthorizedException) {
      return new ProblemException(ErrorCode.UNAUTHORIZED, message(e, "Not authorized."));
    }
    if (e instanceof TooManyRequestsException
        || e instanceof LimitExceededException
        || e instanceof TooManyFailedAttemptsException) {
      return new ProblemException(
          ErrorCode.RATE_LIMITED,
          "The identity provider is throttling; retry later.",
          List.of(),
          Map.of("Retry-After", RETRY_AFTER));
    }
    if (e instanceof CognitoIdentityProviderException || e instanceof SdkClientException) {
      return new ProblemException(
          ErrorCode.UNAVAILABLE,
          "The identity provider could not be reached.",
          List.of(),
          Map.of("Retry-After", RETRY_AFTER));
    }
    return e;
  }

  private static ProblemException invalid(String field, String message) {
    return new ProblemException(
        ErrorCode.VALIDATION_FAILED,
        "The request is not valid.",
        List.of(new Problem.FieldError(field, message)),
        Map.of());
  }

  private static String message(RuntimeException e, String fallback) {
    if (e instanceof CognitoIdentityProviderException aws && aws.awsErrorDetails() != null) {
      String message = aws.awsErrorDetails().errorMessage();
      if (message != null && !message.isBlank()) {
        return message;
      }
    }
    return fallback;
  }
}
