package com.cloudvista.payfast.testing;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.util.HashMap;
import java.util.Map;

/**
 * The persistence unit {@code payfast} of src/main/resources (its entities and EclipseLink
 * settings), resource-local on a database of a component IT's own instead of the server's JTA
 * datasource (EclipseLink, test scope in pom.xml). Used by the ITs that run production statements
 * without the server: the outbox's and the import jobs'.
 */
public final class ResourceLocalPersistence {

  private ResourceLocalPersistence() {}

  public static EntityManagerFactory payfast(String url, String user, String password) {
    Map<String, Object> properties = new HashMap<>();
    properties.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
    properties.put("jakarta.persistence.jtaDataSource", "");
    properties.put("jakarta.persistence.jdbc.driver", "org.postgresql.Driver");
    properties.put("jakarta.persistence.jdbc.url", url);
    properties.put("jakarta.persistence.jdbc.user", user);
    properties.put("jakarta.persistence.jdbc.password", password);
    return Persistence.createEntityManagerFactory("payfast", properties);
  }
}
