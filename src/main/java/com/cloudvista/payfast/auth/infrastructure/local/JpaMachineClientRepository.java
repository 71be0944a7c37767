package com.cloudvista.payfast.auth.infrastructure.local;

import com.cloudvista.payfast.auth.domain.MachineClient;
import com.cloudvista.payfast.auth.domain.MachineClientRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/**
 * Machine clients in table {@code auth_client} through JPA ({@link MachineClientRow}); both
 * providers use it, since ownership is always ours.
 */
@ApplicationScoped
public class JpaMachineClientRepository implements MachineClientRepository {

  @PersistenceContext(unitName = "payfast")
  EntityManager em;

  @Override
  @Transactional
  public void add(MachineClient client) {
    em.persist(MachineClientRow.of(client));
    em.flush();
  }

  @Override
  public Optional<MachineClient> find(String clientId) {
    return Optional.ofNullable(em.find(MachineClientRow.class, clientId))
        .map(MachineClientRow::toClient);
  }

  @Override
  public List<MachineClient> ownedBy(String ownerId) {
    return em
        .createQuery(
            "SELECT c FROM MachineClientRow c WHERE c.ownerId = :owner"
                + " ORDER BY c.createdAt DESC, c.clientId",
            MachineClientRow.class)
        .setParameter("owner", ownerId)
        .getResultList()
        .stream()
        .map(MachineClientRow::toClient)
        .toList();
  }

  @Override
  @Transactional
  public boolean remove(String ownerId, String clientId) {
    // Native: the count decides 204 or 404, and a JPQL bulk statement's count is not safe to read
    // under concurrency (see NativeBulkStatementsTest).
    return em.createNativeQuery("DELETE FROM auth_client WHERE owner_id = ?1 AND client_id = ?2")
            .setParameter(1, ownerId)
            .setParameter(2, clientId)
            .executeUpdate()
        == 1;
  }
}
