package com.cloudvista.payfast.auth;

import static com.cloudvista.payfast.testing.clients.AuthClient.bearer;
import static com.cloudvista.payfast.testing.clients.AuthClient.passwordGrant;
import static com.cloudvista.payfast.testing.clients.AuthClient.refreshGrant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.cloudvista.payfast.testing.clients.AuthClient;
import com.cloudvista.payfast.testing.clients.AuthClient.Me;
import com.cloudvista.payfast.testing.clients.AuthClient.SignUp;
import com.cloudvista.payfast.testing.clients.AuthClient.Tokens;
import com.cloudvista.payfast.testing.clients.AuthClient.User;
import com.cloudvista.payfast.testing.clients.OAuthErrorException;
import com.cloudvista.payfast.testing.clients.Problem;
import com.cloudvista.payfast.testing.clients.ProblemException;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jaxrs.RESTClient;
import org.microshed.testing.jupiter.MicroShedTest;

/**
 * The Auth API as an integrator's typed client sees it (MicroShed Testing against the running IT
 * server): sign-up, the password grant, who am I, the refresh grant, and refusals decoded as typed
 * problems. Every exchange is also checked against the served document.
 */
@MicroShedTest
public class AuthClientIT {

  @RESTClient public static AuthClient auth;

  @Test
  void signUpSignInMeAndRefresh() {
    String email = AuthApi.uniqueEmail("typed");
    Response created = auth.signUp(new SignUp(email, AuthApi.PASSWORD, "Typed Client"));
    assertThat(created.getStatus()).isEqualTo(201);
    assertThat(URI.create(created.getHeaderString("Location")).getPath())
        .isEqualTo("/auth/v1/users/me");
    User user = created.readEntity(User.class);
    assertThat(user.email()).isEqualTo(email);
    assertThat(user.status()).isEqualTo("CONFIRMED");

    Tokens tokens = auth.token(passwordGrant(email, AuthApi.PASSWORD));
    assertThat(tokens.tokenType()).isEqualTo("Bearer");
    assertThat(tokens.expiresIn()).isPositive();
    assertThat(tokens.refreshToken()).isNotBlank();

    Me me = auth.me(bearer(tokens));
    assertThat(me.id()).isEqualTo(user.id());
    assertThat(me.email()).isEqualTo(email);
    assertThat(me.displayName()).isEqualTo("Typed Client");
    assertThat(me.groups()).doesNotContain("admin");

    Tokens refreshed = auth.token(refreshGrant(tokens.refreshToken()));
    assertThat(refreshed.accessToken()).isNotEqualTo(tokens.accessToken());
    assertThat(auth.me(bearer(refreshed)).id()).isEqualTo(user.id());
  }

  @Test
  void aSecondSignUpWithTheSameEmailIsAConflictProblem() {
    String email = AuthApi.uniqueEmail("typed-dup");
    auth.register(new SignUp(email, AuthApi.PASSWORD, "First"));

    Problem problem =
        catchThrowableOfType(
                ProblemException.class,
                () -> auth.register(new SignUp(email.toUpperCase(), AuthApi.PASSWORD, "Second")))
            .problem();

    assertThat(problem.status()).isEqualTo(409);
    assertThat(problem.code()).isEqualTo("conflict");
    assertThat(problem.requestId()).isNotBlank();
  }

  @Test
  void aSignUpWithoutFieldsNamesThemInTheProblem() {
    Problem problem =
        catchThrowableOfType(
                ProblemException.class, () -> auth.register(new SignUp("not-an-email", null, null)))
            .problem();

    assertThat(problem.status()).isEqualTo(400);
    assertThat(problem.code()).isEqualTo("validation_failed");
    assertThat(problem.errors())
        .extracting(Problem.FieldError::field)
        .contains("email", "password", "displayName");
  }

  @Test
  void aWrongPasswordIsAnOAuthErrorAndAForgedTokenAnUnauthorizedProblem() {
    String email = AuthApi.uniqueEmail("typed-wrong");
    auth.register(new SignUp(email, AuthApi.PASSWORD, "Wrong"));

    OAuthErrorException refused =
        catchThrowableOfType(
            OAuthErrorException.class,
            () -> auth.token(passwordGrant(email, AuthApi.PASSWORD + "x")));
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.error().error()).isEqualTo("invalid_grant");

    Problem problem =
        catchThrowableOfType(ProblemException.class, () -> auth.me("Bearer not.a.token")).problem();
    assertThat(problem.status()).isEqualTo(401);
    assertThat(problem.code()).isEqualTo("unauthorized");
  }
}
