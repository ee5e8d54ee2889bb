package org.rohrpost.population.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.rohrpost.population.entity.PopulationMember;
import org.rohrpost.validation.control.InvalidInputException;

class PopulationUploadTest {
  private final PopulationUpload upload = new PopulationUpload();

  @Test
  void validRowsAreKeptWithTheirDataAsJson() {
    PopulationMember.Row member =
        upload.take(new RecipientRow(1, " ada@Example.ORG ", "Ada", Map.of("code", "42")));

    assertThat(upload.checked().invalidRows()).isEmpty();
    assertThat(member.email()).isEqualTo("ada@example.org");
    assertThat(member.name()).isEqualTo("Ada");
    assertThat(member.dataJson()).isEqualTo("{\"code\":\"42\"}");
    assertThat(member.invalidReason()).isNull();
  }

  @Test
  void aBadAddressIsKeptAsInvalidAndReported() {
    PopulationMember.Row member = upload.take(new RecipientRow(3, "not-an-address", null, null));

    assertThat(member.email()).isEqualTo("not-an-address");
    assertThat(member.invalidReason()).isEqualTo("not a valid e-mail address: missing at symbol");
    PopulationUpload.Checked checked = upload.checked();
    assertThat(checked.members()).isEqualTo(1);
    assertThat(checked.invalidMembers()).isEqualTo(1);
    assertThat(checked.invalidRows())
        .containsExactly(
            new PopulationUpload.InvalidRow(
                3,
                "not-an-address",
                "not a valid e-mail address: missing at symbol; kept, will be skipped"));
  }

  @Test
  void aNameWithALineBreakMakesTheMemberInvalid() {
    PopulationMember.Row member =
        upload.take(new RecipientRow(1, "a@b.org", "A\r\nBcc: x@y.org", null));

    assertThat(member.invalidReason()).contains("line breaks");
    assertThat(upload.checked().invalid()).isEqualTo(1);
  }

  @Test
  void dataTooLargeToStoreMakesTheMemberInvalidAndIsNotStored() {
    PopulationMember.Row member =
        upload.take(
            new RecipientRow(
                1, "a@b.org", null, Map.of("x", "y".repeat(PopulationUpload.MAX_DATA))));

    assertThat(member.invalidReason()).contains("data is larger");
    assertThat(member.dataJson()).isNull();
  }

  @Test
  void repeatedAndMissingAddressesAreReportedAndNotKept() {
    List<PopulationMember.Row> kept =
        take(
            new RecipientRow(1, "a@b.org", null, null),
            new RecipientRow(2, "A@B.org", null, null),
            new RecipientRow(3, " ", null, null));

    assertThat(kept).hasSize(1);
    assertThat(upload.checked().invalidRows())
        .extracting(PopulationUpload.InvalidRow::row, PopulationUpload.InvalidRow::message)
        .containsExactly(
            tuple(2, "repeats row 1; not kept"), tuple(3, "has no e-mail address; not kept"));
  }

  @Test
  void everyInvalidRowIsCountedAndTheFirstAreListed() {
    PopulationUpload.Checked checked =
        PopulationUpload.check(
            IntStream.rangeClosed(1, 5000).mapToObj(i -> new RecipientRow(i, "", null, null)));

    assertThat(checked.members()).isZero();
    assertThat(checked.invalid()).isEqualTo(5000);
    assertThat(checked.invalidRows()).hasSize(PopulationUpload.MAX_LISTED);
    assertThat(checked.invalidRows().get(0).row()).isEqualTo(1);
  }

  @Test
  void anOverlongAddressIsHeldAndReportedOnlyAsLongAsAnAddressCanBe() {
    String overlong = "a".repeat(100_000) + "@b.org";
    PopulationMember.Row member = upload.take(new RecipientRow(1, overlong, null, null));
    upload.take(new RecipientRow(2, overlong, null, null));

    assertThat(member.email()).hasSize(320);
    assertThat(upload.checked().invalidRows())
        .allSatisfy(row -> assertThat(row.email()).hasSize(320));
  }

  @Test
  void moreRowsThanAPopulationHoldsAreRefused() {
    Stream<RecipientRow> rows =
        IntStream.rangeClosed(1, PopulationUpload.MAX_ROWS + 1)
            .mapToObj(i -> new RecipientRow(i, null, null, null));

    assertThatThrownBy(() -> PopulationUpload.check(rows))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("at most 1000000");
  }

  private List<PopulationMember.Row> take(RecipientRow... rows) {
    List<PopulationMember.Row> kept = new ArrayList<>();
    for (RecipientRow row : rows) {
      kept.add(upload.take(row));
    }
    return kept.stream().filter(Objects::nonNull).toList();
  }

  @Test
  void anAddressSpelledTwoWaysIsOneMember() {
    List<PopulationMember.Row> kept =
        take(
            new RecipientRow(1, "idn@bücher.example", null, null),
            new RecipientRow(2, "idn@xn--bcher-kva.example", null, null),
            new RecipientRow(3, "mu\u0308ller@example.org", null, null),
            new RecipientRow(4, "müller@EXAMPLE.org", null, null));

    assertThat(kept)
        .extracting(PopulationMember.Row::email)
        .containsExactly("idn@bücher.example", "müller@example.org");
    assertThat(upload.checked().invalidRows())
        .extracting(PopulationUpload.InvalidRow::row, PopulationUpload.InvalidRow::message)
        .containsExactly(tuple(2, "repeats row 1; not kept"), tuple(4, "repeats row 3; not kept"));
  }
}
