package org.rohrpost.population.control;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rohrpost.problem.control.InvalidInputException;

class CsvRecipientsTest {
  @Test
  void readsEmailNameAndTheOtherColumnsAsData() {
    List<RecipientRow> rows =
        CsvRecipients.read(
            new StringReader(
                "Email,Name,city,code\nada@example.org,Ada,\"London, UK\",7\nbob@example.org,,Bern,8\n"));

    assertThat(rows).hasSize(2);
    assertThat(rows.get(0))
        .isEqualTo(
            new RecipientRow(
                1, "ada@example.org", "Ada", Map.of("city", "London, UK", "code", "7")));
    assertThat(rows.get(1).name()).isNull();
    assertThat(rows.get(1).row()).isEqualTo(2);
  }

  @Test
  void aHeaderWithoutEmailIsRefused() {
    assertThatThrownBy(() -> CsvRecipients.read(new StringReader("name,city\nAda,London\n")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("email");
  }

  @Test
  void repeatedHeaderNamesAreRefused() {
    assertThatThrownBy(() -> CsvRecipients.read(new StringReader("email,email\na@b.org,c@d.org\n")))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void aShortRowHasNoDataForTheMissingColumns() {
    List<RecipientRow> rows = CsvRecipients.read(new StringReader("email,city\nada@example.org\n"));

    assertThat(rows.get(0).email()).isEqualTo("ada@example.org");
    assertThat(rows.get(0).data()).isEmpty();
  }

  @Test
  void readsUtf8AfterTheByteOrderMarkASpreadsheetWrites() {
    byte[] csv = "\uFEFFemail,name\nzoe@example.org,Zoë Łukasiewicz 📬\n".getBytes(UTF_8);
    List<RecipientRow> rows = CsvRecipients.read(CsvRecipients.utf8(new ByteArrayInputStream(csv)));
    assertThat(rows)
        .containsExactly(new RecipientRow(1, "zoe@example.org", "Zoë Łukasiewicz 📬", Map.of()));
  }

  @Test
  void textThatIsNotUtf8IsRefusedRatherThanGarbled() {
    byte[] latin1 = "email,name\nzoe@example.org,Zoë\n".getBytes(ISO_8859_1);
    assertThatThrownBy(
            () -> CsvRecipients.read(CsvRecipients.utf8(new ByteArrayInputStream(latin1))))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("csv")
        .hasMessageContaining("is not UTF-8 text");
  }
}
