package com.cloudvista.payfast.auth.application;

import com.cloudvista.payfast.platform.problem.ErrorCode;
import com.cloudvista.payfast.platform.problem.Problem;
import com.cloudvista.payfast.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;

/** Sign-up, confirmation and the signed-in user's profile. */
@ApplicationScoped
public class UserService {

  @Inject IdentityProvider provider;

  @Inject AuthSettings settings;

  public UserProfile signUp(SignUp signUp) {
    List<String> violations = settings.passwordPolicy().violations(signUp.password());
    if (!violations.isEmpty()) {
      throw new ProblemException(
          ErrorCode.VALIDATION_FAILED,
          "The password does not meet the password policy.",
          violations.stream().map(v -> new Problem.FieldError("password", v)).toList(),
          Map.of());
    }
    return provider.signUp(
        new SignUp(signUp.email().trim(), signUp.password(), signUp.displayName().trim()));
  }

  public void confirm(String email, String code) {
    provider.confirm(email.trim(), code.trim());
  }

  public UserProfile me(String userId, String accessToken) {
    return provider.profile(userId, accessToken);
  }
}
