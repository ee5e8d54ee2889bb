package org.rohrpost.population.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.rohrpost.client.control.Clients;
import org.rohrpost.client.entity.Client;
import org.rohrpost.population.entity.Population;
import org.rohrpost.population.entity.PopulationMember;
import org.rohrpost.problem.control.NotFoundException;
import org.rohrpost.validation.control.FieldErrors;
import org.rohrpost.validation.control.Keys;

/** A client's populations: replacing one from an upload, and finding them. */
@ApplicationScoped
public class Populations {
  private static final int FLUSH_EVERY = 1000;

  @PersistenceContext EntityManager em;
  @Inject Clients clients;
  @Inject Event<PopulationReplacing> replacing;

  /** What an upload came to. */
  public record Replaced(Population population, PopulationUpload.Checked checked) {}

  /**
   * Replaces the population's members (creating it if new) in one transaction, taking the rows as
   * they come (read, checked and written in chunks, never all held): refused anywhere, whether by a
   * row or by the body that brings them, nothing is kept.
   */
  @Transactional
  public Replaced replace(String clientKey, String key, Stream<RecipientRow> rows) {
    Client client = clients.get(clientKey);
    FieldErrors errors = new FieldErrors();
    Keys.check(errors, "key", key);
    errors.check(rows != null, "recipients", "are required");
    errors.throwIfAny();

    Population population = find(client, key);
    if (population == null) {
      population = new Population(client, key);
      em.persist(population);
      em.flush();
    } else {
      replacing.fire(new PopulationReplacing(population.id(), population.key()));
      em.createQuery("delete from PopulationMember m where m.populationId = :p")
          .setParameter("p", population.id())
          .executeUpdate();
    }
    long populationId = population.id();
    PopulationUpload upload = new PopulationUpload();
    int position = 0;
    for (Iterator<RecipientRow> each = rows.iterator(); each.hasNext(); ) {
      PopulationMember.Row member = upload.take(each.next());
      if (member != null) {
        em.persist(new PopulationMember(populationId, ++position, member));
        if (position % FLUSH_EVERY == 0) {
          em.flush();
          em.clear();
        }
      }
    }
    PopulationUpload.Checked checked = upload.checked();
    Population replaced = em.find(Population.class, populationId);
    replaced.replaced(checked.members(), checked.invalidMembers());
    return new Replaced(replaced, checked);
  }

  public Population get(String clientKey, String key) {
    Population population = find(clients.get(clientKey), key);
    if (population == null) {
      throw new NotFoundException("Population", key);
    }
    return population;
  }

  /** The client's population named in a request field, or null with an error on it. */
  public Population resolve(Client client, String key, FieldErrors errors) {
    if (!errors.required("population", key)) {
      return null;
    }
    Population population = find(client, key);
    if (population == null) {
      errors.add("population", "client '" + client.key() + "' has no population '" + key + "'");
    }
    return population;
  }

  public List<Population> of(String clientKey) {
    return em.createQuery(
            "select p from Population p where p.client = :client order by p.key", Population.class)
        .setParameter("client", clients.get(clientKey))
        .getResultList();
  }

  private Population find(Client client, String key) {
    return em.createQuery(
            "select p from Population p where p.client = :client and p.key = :key",
            Population.class)
        .setParameter("client", client)
        .setParameter("key", key)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }
}
