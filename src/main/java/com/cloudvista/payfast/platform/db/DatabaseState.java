package com.cloudvista.payfast.platform.db;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/** Whether the schema is migrated and usable; read by the readiness check and the banner. */
@ApplicationScoped
public class DatabaseState {

  private volatile boolean migrated;
  private volatile String description = "not yet connected";
  private volatile String lastError;
  private volatile Instant migratedAt;

  void migrated(String description) {
    this.description = description;
    this.migratedAt = Instant.now();
    this.lastError = null;
    this.migrated = true;
  }

  void failed(String error) {
    this.lastError = error;
  }

  public boolean isMigrated() {
    return migrated;
  }

  public String description() {
    return description;
  }

  public String lastError() {
    return lastError;
  }

  public Instant migratedAt() {
    return migratedAt;
  }
}
