package com.cloudvista.payfast.app;

import com.cloudvista.payfast.auth.api.AuthResources;
import com.cloudvista.payfast.platform.config.Modules;
import com.cloudvista.payfast.platform.json.StrictJsonReader;
import com.cloudvista.payfast.platform.web.Providers;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.HashSet;
import java.util.Set;
import org.eclipse.microprofile.auth.LoginConfig;

/**
 * The Auth API at /auth/v1, assembled from the auth context's resources; they are served only where
 * {@code payfast.modules} has auth.
 */
@LoginConfig(authMethod = "MP-JWT")
@ApplicationPath("/auth/v1")
public class AuthApplication extends Application {

  @Override
  public Set<Class<?>> getClasses() {
    Set<Class<?>> classes = new HashSet<>(Providers.errorMappers());
    classes.addAll(Providers.filters());
    classes.add(StrictJsonReader.class);
    if (Modules.enabled(Modules.AUTH)) {
      classes.addAll(resources());
    }
    return classes;
  }

  /** The resources of the Auth API, whether or not this instance serves them. */
  public static Set<Class<?>> resources() {
    return AuthResources.all();
  }
}
