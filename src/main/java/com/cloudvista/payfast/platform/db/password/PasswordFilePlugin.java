package com.cloudvista.payfast.platform.db.password;

import java.util.Properties;
import org.postgresql.PGProperty;
import org.postgresql.plugin.AuthenticationPlugin;
import org.postgresql.plugin.AuthenticationRequestType;
import org.postgresql.util.PSQLException;

/**
 * pgjdbc's password source for Liberty's pool ({@code authenticationPluginClassName} in
 * server.xml): the driver creates one per new physical connection and asks it for the password when
 * the server requests one, so every new connection uses the password file's current content.
 * Connections the pool already holds keep their sessions (PostgreSQL does not end them when a
 * password changes).
 *
 * <p>pgjdbc loads this class with {@code Class.forName} from its own classloader, the server's JDBC
 * library, which is why it ships in a jar next to the driver ({@code lib/jdbc}).
 */
public final class PasswordFilePlugin implements AuthenticationPlugin {

  private final String configured;

  /** pgjdbc passes the connection properties: the configured password is the fallback. */
  public PasswordFilePlugin(Properties connection) {
    this.configured = PGProperty.PASSWORD.getOrDefault(connection);
  }

  @Override
  public char[] getPassword(AuthenticationRequestType type) throws PSQLException {
    return DatabasePassword.current(configured);
  }
}
