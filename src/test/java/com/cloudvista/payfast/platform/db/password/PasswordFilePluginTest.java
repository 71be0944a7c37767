package com.cloudvista.payfast.platform.db.password;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.plugin.AuthenticationRequestType;
import org.postgresql.util.PSQLException;

class PasswordFilePluginTest {

  @TempDir Path folder;

  @AfterEach
  void clearFile() {
    System.clearProperty(DatabasePassword.FILE_PROPERTY);
  }

  @Test
  void withoutAFileTheConfiguredPasswordIsUsed() throws PSQLException {
    assertThat(plugin("from-environment").getPassword(AuthenticationRequestType.SASL))
        .containsExactly("from-environment".toCharArray());
  }

  @Test
  void readsTheFileForEveryConnectionSoARotationNeedsNoRestart() throws Exception {
    Path file = usePasswordFile("first\n");
    PasswordFilePlugin plugin = plugin("from-environment");

    assertThat(new String(plugin.getPassword(AuthenticationRequestType.SASL))).isEqualTo("first");
    Files.writeString(file, "second");
    assertThat(new String(plugin.getPassword(AuthenticationRequestType.MD5_PASSWORD)))
        .isEqualTo("second");
  }

  @Test
  void keepsEverythingButOneTrailingLineBreak() throws Exception {
    usePasswordFile(" pass word \r\n");

    assertThat(new String(plugin(null).getPassword(AuthenticationRequestType.SASL)))
        .isEqualTo(" pass word ");
  }

  @Test
  void aMissingOrEmptyFileRefusesTheConnectionAndSaysWhichSetting() throws Exception {
    System.setProperty(DatabasePassword.FILE_PROPERTY, folder.resolve("absent").toString());
    assertThatThrownBy(() -> plugin("from-environment").getPassword(AuthenticationRequestType.SASL))
        .isInstanceOf(PSQLException.class)
        .hasMessageContaining(DatabasePassword.FILE_VARIABLE)
        .satisfies(e -> assertThat(((PSQLException) e).getSQLState()).isEqualTo("08004"));

    usePasswordFile("\n");
    assertThatThrownBy(() -> plugin("from-environment").getPassword(AuthenticationRequestType.SASL))
        .isInstanceOf(PSQLException.class)
        .hasMessageContaining("empty");
  }

  /**
   * pgjdbc loads the plugin with Class.forName from its own classloader, which in Liberty is the
   * JDBC library's (lib/jdbc): the package must load from the driver jar and its own classes alone.
   */
  @Test
  void pgjdbcInstantiatesItFromAClassloaderWithOnlyTheDriverAndThisPackage() throws Exception {
    Path classes = folder.resolve("classes");
    String packagePath = PasswordFilePlugin.class.getPackageName().replace('.', '/');
    Path compiled =
        Path.of(
            PasswordFilePlugin.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Files.createDirectories(classes.resolve(packagePath));
    try (Stream<Path> files = Files.list(compiled.resolve(packagePath))) {
      for (Path file : files.toList()) {
        Files.copy(file, classes.resolve(packagePath).resolve(file.getFileName()));
      }
    }
    URL driver = org.postgresql.Driver.class.getProtectionDomain().getCodeSource().getLocation();
    usePasswordFile("from-file");
    try (URLClassLoader library =
        new URLClassLoader(
            new URL[] {driver, classes.toUri().toURL()}, ClassLoader.getPlatformClassLoader())) {
      Class<?> pluginType = library.loadClass("org.postgresql.plugin.AuthenticationPlugin");
      Class<?> requestType = library.loadClass("org.postgresql.plugin.AuthenticationRequestType");
      Method instantiate =
          library
              .loadClass("org.postgresql.util.ObjectFactory")
              .getMethod(
                  "instantiate",
                  Class.class,
                  String.class,
                  Properties.class,
                  boolean.class,
                  String.class);
      Object plugin =
          instantiate.invoke(
              null, pluginType, PasswordFilePlugin.class.getName(), new Properties(), false, null);

      assertThat(plugin.getClass().getClassLoader()).isSameAs(library);
      Object sasl = requestType.getField("SASL").get(null);
      assertThat((char[]) pluginType.getMethod("getPassword", requestType).invoke(plugin, sasl))
          .containsExactly("from-file".toCharArray());
    }
  }

  private Path usePasswordFile(String content) throws IOException {
    Path file = folder.resolve("password");
    Files.writeString(file, content);
    System.setProperty(DatabasePassword.FILE_PROPERTY, file.toString());
    return file;
  }

  private static PasswordFilePlugin plugin(String configured) {
    Properties connection = new Properties();
    if (configured != null) {
      connection.setProperty("password", configured);
    }
    return new PasswordFilePlugin(connection);
  }
}
