package com.cloudvista.payfast.platform.security;

import com.cloudvista.payfast.platform.problem.ErrorCode;
import com.cloudvista.payfast.platform.problem.ProblemException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The authenticated caller of the current request, read from the verified access token. A user
 * token acts for its subject with every permission of that user; a machine-client token acts for
 * the client's owner limited to its {@code scope}s. Its {@code sub} is the client id (as Cognito
 * issues client-credentials tokens), so the owner comes from the {@link ClientDirectory}.
 */
@RequestScoped
public class Caller {

  @Inject JsonWebToken token;

  @Inject ClientDirectory clients;

  private TokenClaims claims;

  /**
   * The user id the request acts for: the token's {@code sub} for a user, the owning user's id for
   * a machine client; never the email.
   */
  public String userId() {
    String subject = token == null ? null : token.getSubject();
    if (subject == null || subject.isBlank()) {
      throw new InvalidTokenException("A valid access token is required.");
    }
    if (isMachineClient()) {
      return clients
          .ownerOf(clientId())
          .orElseThrow(
              () -> new InvalidTokenException("The token was issued to an unknown client."));
    }
    return subject;
  }

  public String clientId() {
    return token == null ? null : claims().clientId();
  }

  /**
   * True for a client-credentials token (no user signed in; {@code token_use} access, no username).
   */
  public boolean isMachineClient() {
    return token == null || claims().isMachineClient();
  }

  /**
   * The token's claims, read once per request ({@link TokenClaims}: without exceptions) for
   * everything that asks: {@link AccessTokenFilter}, {@link DeclaredAccessFilter} and the methods
   * above.
   */
  TokenClaims claims() {
    if (claims == null) {
      claims = TokenClaims.of(token);
    }
    return claims;
  }

  /**
   * For what only a signed-in person may do (manage clients, read the profile): 403 for machine
   * clients.
   */
  public void requireUser() {
    if (isMachineClient()) {
      throw new ProblemException(
          ErrorCode.FORBIDDEN, "Machine clients cannot do this; sign in as a user.");
    }
  }

  /** The verified access token as presented, e.g. for Cognito's GetUser. */
  public String rawToken() {
    return token == null ? null : token.getRawToken();
  }
}
