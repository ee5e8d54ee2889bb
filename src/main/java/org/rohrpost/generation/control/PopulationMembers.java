package org.rohrpost.generation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Streams a population in pages by position (keyset paging: a page costs the same at the start and
 * at the end of a million members), each member marked if the client suppresses its address.
 */
@ApplicationScoped
public class PopulationMembers {
  /** The page first (an index range scan), then its suppressions: cheap at any position. */
  private static final String PAGE =
      "select m.position, m.email, m.name, m.data, m.invalid_reason, s.id from"
          + " (select position, email, name, data, invalid_reason from population_member"
          + " where population_id = ? and position > ? order by position limit %d) m"
          + " left join suppression s on s.client_id = ? and s.email_key = lower(m.email)"
          + " order by m.position";

  @Inject DataSource dataSource;

  /** Up to {@code limit} members after {@code position}, in order. */
  public List<Member> after(GenerationPlan plan, int position, int limit) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select = connection.prepareStatement(String.format(PAGE, limit))) {
      select.setLong(1, plan.populationId());
      select.setInt(2, position);
      select.setLong(3, plan.clientId());
      List<Member> page = new ArrayList<>(limit);
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          page.add(
              new Member(
                  row.getInt(1),
                  row.getString(2),
                  row.getString(3),
                  row.getString(4),
                  row.getString(5),
                  row.getObject(6) != null));
        }
      }
      return page;
    } catch (SQLException e) {
      throw new IllegalStateException(
          "Cannot read population " + plan.populationId() + " after position " + position, e);
    }
  }
}
