package org.rohrpost.population.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rohrpost.population.entity.PopulationMember;

class PopulationUploadTest {
  @Test
  void validRowsAreKeptWithTheirDataAsJson() {
    PopulationUpload.Checked checked =
        PopulationUpload.check(
            List.of(new RecipientRow(1, " ada@Example.ORG ", "Ada", Map.of("code", "42"))));

    assertThat(checked.invalidRows()).isEmpty();
    PopulationMember.Row member = checked.members().get(0);
    assertThat(member.email()).isEqualTo("ada@example.org");
    assertThat(member.name()).isEqualTo("Ada");
    assertThat(member.dataJson()).isEqualTo("{\"code\":\"42\"}");
    assertThat(member.invalidReason()).isNull();
  }

  @Test
  void aBadAddressIsKeptAsInvalidAndReported() {
    PopulationUpload.Checked checked =
        PopulationUpload.check(List.of(new RecipientRow(3, "not-an-address", null, null)));

    assertThat(checked.members())
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.email()).isEqualTo("not-an-address");
              assertThat(m.invalidReason())
                  .isEqualTo("not a valid e-mail address: missing at symbol");
            });
    assertThat(checked.invalidRows())
        .containsExactly(
            new PopulationUpload.InvalidRow(
                3,
                "not-an-address",
                "not a valid e-mail address: missing at symbol; kept, will be skipped"));
  }

  @Test
  void aNameWithALineBreakMakesTheMemberInvalid() {
    PopulationUpload.Checked checked =
        PopulationUpload.check(List.of(new RecipientRow(1, "a@b.org", "A\r\nBcc: x@y.org", null)));

    assertThat(checked.members().get(0).invalidReason()).contains("line breaks");
    assertThat(checked.invalidRows()).hasSize(1);
  }

  @Test
  void repeatedAndMissingAddressesAreReportedAndNotKept() {
    PopulationUpload.Checked checked =
        PopulationUpload.check(
            List.of(
                new RecipientRow(1, "a@b.org", null, null),
                new RecipientRow(2, "A@B.org", null, null),
                new RecipientRow(3, " ", null, null)));

    assertThat(checked.members()).hasSize(1);
    assertThat(checked.invalidRows())
        .extracting(PopulationUpload.InvalidRow::row, PopulationUpload.InvalidRow::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(2, "repeats row 1; not kept"),
            org.assertj.core.groups.Tuple.tuple(3, "has no e-mail address; not kept"));
  }

  @Test
  void anAddressSpelledTwoWaysIsOneMember() {
    PopulationUpload.Checked checked =
        PopulationUpload.check(
            List.of(
                new RecipientRow(1, "idn@bücher.example", null, null),
                new RecipientRow(2, "idn@xn--bcher-kva.example", null, null),
                new RecipientRow(3, "mu\u0308ller@example.org", null, null),
                new RecipientRow(4, "müller@EXAMPLE.org", null, null)));

    assertThat(checked.members())
        .extracting(PopulationMember.Row::email)
        .containsExactly("idn@bücher.example", "müller@example.org");
    assertThat(checked.invalidRows())
        .extracting(PopulationUpload.InvalidRow::row, PopulationUpload.InvalidRow::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(2, "repeats row 1; not kept"),
            org.assertj.core.groups.Tuple.tuple(4, "repeats row 3; not kept"));
  }
}
