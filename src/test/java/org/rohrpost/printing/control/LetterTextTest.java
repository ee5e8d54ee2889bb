package org.rohrpost.printing.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LetterTextTest {
  @Test
  void theTextPartIsPrintedAsItIs() {
    assertThat(LetterText.of("Dear Ada,\n\nhello.", "<p>ignored</p>"))
        .isEqualTo("Dear Ada,\n\nhello.");
  }

  @Test
  void anHtmlOnlyMessageIsPrintedAsItsTextWithItsParagraphsAndLineBreaks() {
    assertThat(
            LetterText.of(
                null,
                "<h1>Statement</h1><p>Dear <b>Ada</b>,<br>your balance:</p><ul><li>42</li></ul><script>x()</script>"))
        .isEqualTo("Statement\n\nDear Ada,\nyour balance:\n\n42");
  }

  @Test
  void aMessageWithoutBodyPrintsNoText() {
    assertThat(LetterText.of(null, null)).isEmpty();
  }
}
