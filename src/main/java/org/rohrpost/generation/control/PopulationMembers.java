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
 * Streams a population in pages by position (a page costs the same at the start and at the end of a
 * million members), each member marked if the client suppresses its address.
 */
@ApplicationScoped
public class PopulationMembers {
  /**
   * A range of positions, not "the next n" with a limit: whatever the planner's statistics say, a
   * page reads only its own rows, as cheap at the millionth member as at the first.
   */
  private static final String PAGE =
      "select m.position, m.email, m.name, m.data, m.invalid_reason, s.id"
          + " from population_member m"
          + " left join suppression s on s.client_id = ? and s.email_key = lower(m.email)"
          + " where m.population_id = ? and m.position > ? and m.position <= ?"
          + " order by m.position";

  @Inject DataSource dataSource;

  /** The members at positions after {@code position}, up to {@code position + span}, in order. */
  public List<Member> after(GenerationPlan plan, int position, int span) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select = connection.prepareStatement(PAGE)) {
      select.setLong(1, plan.clientId());
      select.setLong(2, plan.populationId());
      select.setInt(3, position);
      select.setInt(4, position + span);
      List<Member> page = new ArrayList<>(span);
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
