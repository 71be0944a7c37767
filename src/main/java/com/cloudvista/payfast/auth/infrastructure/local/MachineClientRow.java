package com.cloudvista.payfast.auth.infrastructure.local;

import com.cloudvista.payfast.auth.domain.MachineClient;
import com.cloudvista.payfast.auth.domain.Scopes;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * A row of {@code auth_client}. {@link MachineClient} is a record and cannot be an entity, so this
 * class maps the columns (the scopes as the space-separated {@link Scopes#join} form) and converts.
 */
@Entity
@Table(name = "auth_client")
public class MachineClientRow {

  @Id
  @Column(name = "client_id")
  private String clientId;

  @Column(name = "owner_id", nullable = false)
  private String ownerId;

  @Column(nullable = false)
  private String name;

  @Column(name = "secret_hash", nullable = false)
  private String secretHash;

  @Column(nullable = false)
  private String scopes;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  protected MachineClientRow() {}

  static MachineClientRow of(MachineClient client) {
    MachineClientRow row = new MachineClientRow();
    row.clientId = client.clientId();
    row.ownerId = client.ownerId();
    row.name = client.name();
    row.secretHash = client.secretHash();
    row.scopes = Scopes.join(client.scopes());
    row.createdAt = OffsetDateTime.ofInstant(client.createdAt(), ZoneOffset.UTC);
    return row;
  }

  MachineClient toClient() {
    return new MachineClient(
        clientId, ownerId, name, secretHash, Scopes.parse(scopes), createdAt.toInstant());
  }
}
