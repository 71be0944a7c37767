package com.cloudvista.payfast.auth.infrastructure;

import com.cloudvista.payfast.auth.application.IdentityProvider;
import com.cloudvista.payfast.auth.domain.MachineClient;
import com.cloudvista.payfast.auth.domain.MachineClientRepository;
import com.cloudvista.payfast.platform.security.ClientDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The clients whose tokens the APIs accept: the provider's app clients and the registered machine
 * clients. Machine-client lookups are cached briefly (every API request needs one); a deleted
 * client stops working at once on this instance and within {@link #TTL} on the others.
 */
@ApplicationScoped
public class KnownClients implements ClientDirectory {

  static final Duration TTL = Duration.ofSeconds(30);
  private static final int MAX_ENTRIES = 10_000;

  private record Entry(Optional<String> owner, Instant expiresAt) {}

  @Inject IdentityProvider provider;

  @Inject MachineClientRepository clients;

  private final ConcurrentHashMap<String, Entry> cache = new ConcurrentHashMap<>();

  @Override
  public boolean isKnown(String clientId) {
    return provider.isAppClient(clientId) || ownerOf(clientId).isPresent();
  }

  @Override
  public Optional<String> ownerOf(String clientId) {
    if (clientId == null || provider.isAppClient(clientId)) {
      return Optional.empty();
    }
    Instant now = Instant.now();
    Entry entry = cache.get(clientId);
    if (entry == null || entry.expiresAt().isBefore(now)) {
      if (cache.size() > MAX_ENTRIES) {
        cache.clear();
      }
      entry = new Entry(clients.find(clientId).map(MachineClient::ownerId), now.plus(TTL));
      cache.put(clientId, entry);
    }
    return entry.owner();
  }

  @Override
  public void forget(String clientId) {
    cache.remove(clientId);
  }
}
