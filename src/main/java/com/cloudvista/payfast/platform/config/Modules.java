package com.cloudvista.payfast.platform.config;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Which APIs this instance serves ({@code payfast.modules}, default {@code auth,transactions}): on
 * EKS the auth-api and transaction-api Deployments run the same image with one module each.
 */
public final class Modules {

  public static final String AUTH = "auth";
  public static final String TRANSACTIONS = "transactions";

  private Modules() {}

  public static boolean enabled(String module) {
    String configured =
        ConfigProvider.getConfig()
            .getOptionalValue("payfast.modules", String.class)
            .orElse(AUTH + "," + TRANSACTIONS);
    Set<String> modules =
        Arrays.stream(configured.split(","))
            .map(m -> m.trim().toLowerCase(Locale.ROOT))
            .collect(Collectors.toSet());
    return modules.contains(module);
  }
}
