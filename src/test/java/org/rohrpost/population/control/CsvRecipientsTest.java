package org.rohrpost.population.control;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.Reader;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.rohrpost.validation.control.InvalidInputException;

class CsvRecipientsTest {
  @Test
  void readsEmailNameAndTheOtherColumnsAsData() {
    List<RecipientRow> rows =
        read(
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
    assertThatThrownBy(() -> read(new StringReader("name,city\nAda,London\n")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("email");
  }

  @Test
  void repeatedHeaderNamesAreRefused() {
    assertThatThrownBy(() -> read(new StringReader("email,email\na@b.org,c@d.org\n")))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void rowsAreReadAsTheyAreConsumedAndTheHeaderAtOnce() {
    StringReader csv =
        new StringReader("email\na@b.org\n" + "c@d.org\n".repeat(100_000) + "\"unclosed,\"x\n");
    try (Stream<RecipientRow> rows = CsvRecipients.stream(csv)) {
      assertThat(rows.findFirst()).get().extracting(RecipientRow::email).isEqualTo("a@b.org");
    }
    assertThatThrownBy(() -> CsvRecipients.stream(new StringReader("name\n" + "x\n".repeat(10))))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void aRowTooLongToHoldRefusesTheCsvBeforeItIsRead() {
    String huge = "x".repeat(CsvRecipients.MAX_ROW + 16 * 1024); // beyond the read-ahead
    assertThatThrownBy(() -> read(new StringReader("email,name\na@b.org,Ada\nc@d.org," + huge)))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.errors().get(0).message()).contains("row 2 is longer than"));
    assertThatThrownBy(() -> read(new StringReader("email," + huge + "\na@b.org\n")))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.errors().get(0).message()).contains("the header"));
  }

  @Test
  void aMalformedRowFarDownRefusesTheCsv() {
    String csv = "email\n" + "a@b.org\n".repeat(10_000) + "\"unclosed,\"x\n";
    assertThatThrownBy(() -> read(new StringReader(csv)))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.errors().get(0).field()).isEqualTo("csv"));
  }

  private static List<RecipientRow> read(Reader csv) {
    try (Stream<RecipientRow> rows = CsvRecipients.stream(csv)) {
      return rows.toList();
    }
  }

  @Test
  void aShortRowHasNoDataForTheMissingColumns() {
    List<RecipientRow> rows = read(new StringReader("email,city\nada@example.org\n"));

    assertThat(rows.get(0).email()).isEqualTo("ada@example.org");
    assertThat(rows.get(0).data()).isEmpty();
  }

  @Test
  void readsUtf8AfterTheByteOrderMarkASpreadsheetWrites() {
    byte[] csv = "\uFEFFemail,name\nzoe@example.org,Zoë Łukasiewicz 📬\n".getBytes(UTF_8);
    List<RecipientRow> rows = read(CsvRecipients.utf8(new ByteArrayInputStream(csv)));
    assertThat(rows)
        .containsExactly(new RecipientRow(1, "zoe@example.org", "Zoë Łukasiewicz 📬", Map.of()));
  }

  @Test
  void textThatIsNotUtf8IsRefusedRatherThanGarbled() {
    byte[] latin1 = "email,name\nzoe@example.org,Zoë\n".getBytes(ISO_8859_1);
    assertThatThrownBy(() -> read(CsvRecipients.utf8(new ByteArrayInputStream(latin1))))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("csv")
        .hasMessageContaining("is not UTF-8 text");
  }
}
