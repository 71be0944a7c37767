package com.cloudvista.payfast.ledger;

import static com.cloudvista.payfast.testing.clients.AuthClient.passwordGrant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.cloudvista.payfast.testing.clients.AuthClient;
import com.cloudvista.payfast.testing.clients.AuthClient.SignUp;
import com.cloudvista.payfast.testing.clients.Problem;
import com.cloudvista.payfast.testing.clients.ProblemException;
import com.cloudvista.payfast.testing.clients.TransactionClient;
import com.cloudvista.payfast.testing.clients.TransactionClient.Deposit;
import com.cloudvista.payfast.testing.clients.TransactionClient.NewWallet;
import com.cloudvista.payfast.testing.clients.TransactionClient.StatementLine;
import com.cloudvista.payfast.testing.clients.TransactionClient.StatementPage;
import com.cloudvista.payfast.testing.clients.TransactionClient.Transaction;
import com.cloudvista.payfast.testing.clients.TransactionClient.Transfer;
import com.cloudvista.payfast.testing.clients.TransactionClient.Wallet;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jaxrs.RESTClient;
import org.microshed.testing.jaxrs.RestClientBuilder;
import org.microshed.testing.jupiter.MicroShedTest;

/**
 * The Transaction API as an integrator's typed client sees it (MicroShed Testing against the
 * running IT server, one client per signed-in user): a wallet with its ETag, a deposit and its
 * idempotent replay, a transfer by e-mail, the statement page by page, and refusals as typed
 * problems. Every exchange is also checked against the served document; in the build's second pass
 * it runs again with Redis unreachable.
 */
@MicroShedTest
public class TransactionClientIT {

  @RESTClient public static AuthClient auth;

  private static String bobEmail;
  private static TransactionClient alice;
  private static TransactionClient bob;

  @BeforeAll
  static void users() {
    alice = signedIn(uniqueEmail("typed-alice"));
    bobEmail = uniqueEmail("typed-bob");
    bob = signedIn(bobEmail);
  }

  private static String uniqueEmail(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@it.payfast.test";
  }

  private static TransactionClient signedIn(String email) {
    String password = "Correct-Horse-9-battery";
    auth.register(new SignUp(email, password, "IT " + email));
    String token = auth.token(passwordGrant(email, password)).accessToken();
    return new RestClientBuilder().withJwt(token).build(TransactionClient.class);
  }

  @Test
  void walletDepositReplayTransferAndStatement() {
    Wallet wallet = alice.createWallet(new NewWallet("USD", "Typed"));
    assertThat(wallet.balance()).isZero();
    assertThat(wallet.status()).isEqualTo("ACTIVE");
    Wallet bobs = bob.createWallet(new NewWallet("USD", null));

    Response read = alice.getWallet(wallet.id());
    assertThat(read.getStatus()).isEqualTo(200);
    String etag = read.getHeaderString("ETag");
    assertThat(etag).isNotBlank();
    assertThat(alice.getWalletIfNoneMatch(wallet.id(), etag).getStatus()).isEqualTo(304);

    String key = UUID.randomUUID().toString();
    Deposit deposit = new Deposit(wallet.id(), 10_000, "USD", "typed top-up");
    Response first = alice.deposit(key, deposit);
    Response replay = alice.deposit(key, deposit);
    assertThat(first.getStatus()).isEqualTo(201);
    assertThat(first.getHeaderString("Idempotent-Replayed")).isNull();
    assertThat(replay.getStatus()).isEqualTo(201);
    assertThat(replay.getHeaderString("Idempotent-Replayed")).isEqualTo("true");
    Transaction deposited = first.readEntity(Transaction.class);
    assertThat(replay.readEntity(Transaction.class)).isEqualTo(deposited);
    assertThat(deposited.type()).isEqualTo("DEPOSIT");
    assertThat(deposited.amount()).isEqualTo(10_000);

    for (int i = 1; i <= 3; i++) {
      Transaction sent =
          alice.transfer(
              UUID.randomUUID().toString(),
              new Transfer(wallet.id(), null, bobEmail, 1_000 * i, "USD", "dinner " + i, "dining"));
      assertThat(sent.type()).isEqualTo("TRANSFER");
      assertThat(sent.destinationWalletId()).isEqualTo(bobs.id());
    }

    Response changed = alice.getWalletIfNoneMatch(wallet.id(), etag);
    assertThat(changed.getStatus()).isEqualTo(200);
    assertThat(changed.getHeaderString("ETag")).isNotEqualTo(etag);
    assertThat(changed.readEntity(Wallet.class).balance()).isEqualTo(10_000 - 6_000);
    assertThat(bob.getWallet(bobs.id()).readEntity(Wallet.class).balance()).isEqualTo(6_000);

    List<StatementLine> lines = new ArrayList<>();
    String cursor = null;
    int pages = 0;
    do {
      StatementPage page = alice.statement(wallet.id(), 2, cursor);
      lines.addAll(page.data());
      cursor = page.nextCursor();
      pages++;
    } while (cursor != null && pages < 10);
    assertThat(pages).isEqualTo(2);
    assertThat(lines)
        .extracting(StatementLine::type)
        .containsExactly("TRANSFER", "TRANSFER", "TRANSFER", "DEPOSIT");
    assertThat(lines)
        .extracting(StatementLine::balanceAfter)
        .containsExactly(4_000L, 7_000L, 9_000L, 10_000L);
    assertThat(lines.get(0).category()).isEqualTo("dining");
  }

  @Test
  void overdraftIsAnInsufficientFundsProblemAndMovesNothing() {
    Wallet wallet = alice.createWallet(new NewWallet("EUR", "Typed empty"));
    Wallet bobs = bob.createWallet(new NewWallet("EUR", null));

    Problem problem =
        catchThrowableOfType(
                ProblemException.class,
                () ->
                    alice.transfer(
                        UUID.randomUUID().toString(),
                        new Transfer(wallet.id(), bobs.id(), null, 500, "EUR", null, null)))
            .problem();

    assertThat(problem.status()).isEqualTo(422);
    assertThat(problem.code()).isEqualTo("insufficient_funds");
    assertThat(problem.requestId()).isNotBlank();
    assertThat(alice.getWallet(wallet.id()).readEntity(Wallet.class).balance()).isZero();
  }

  @Test
  void anotherUsersWalletDoesNotExistForTheCaller() {
    Wallet wallet = alice.createWallet(new NewWallet("GBP", null));

    Problem problem =
        catchThrowableOfType(ProblemException.class, () -> bob.statement(wallet.id(), 10, null))
            .problem();

    assertThat(problem.status()).isEqualTo(404);
    assertThat(problem.code()).isEqualTo("not_found");
  }
}
