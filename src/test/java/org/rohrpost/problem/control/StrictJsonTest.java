package org.rohrpost.problem.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.rohrpost.validation.control.FieldError;
import org.rohrpost.validation.control.InvalidInputException;

class StrictJsonTest {
  public record Inner(Integer n, Map<String, Object> data) {}

  public record Body(
      Integer count,
      Double rate,
      Boolean flag,
      String text,
      List<String> names,
      List<Inner> inner) {}

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"count\":1.5}|count|a whole number",
        "{\"count\":2147483648}|count|a whole number",
        "{\"count\":-2147483649}|count|a whole number",
        "{\"count\":99999999999999999999}|count|a whole number",
        "{\"count\":1e999999999}|count|a whole number",
        "{\"count\":1e-999999999}|count|a whole number",
        "{\"count\":\"7\"}|count|a whole number",
        "{\"count\":true}|count|a whole number",
        "{\"rate\":1e999}|rate|a number",
        "{\"rate\":\"fast\"}|rate|a number",
        "{\"flag\":\"yes\"}|flag|true or false",
        "{\"flag\":1}|flag|true or false",
        "{\"text\":5}|text|a string",
        "{\"text\":{}}|text|a string",
        "{\"names\":\"x\"}|names|wrong JSON type",
        "{\"names\":[5]}|names|a string",
        "{\"inner\":[{\"n\":1.5}]}|inner.n|a whole number",
        "{\"inner\":[{\"data\":[]}]}|inner.data|a JSON object",
        "{\"inner\":[{\"data\":\"x\"}]}|inner.data|a JSON object"
      })
  void refusesAValueNamingItsField(String json, String field, String message) {
    InvalidInputException refused =
        catchThrowableOfType(InvalidInputException.class, () -> StrictJson.read(json, Body.class));

    assertThat(refused).isNotNull();
    assertThat(refused.errors()).hasSize(1);
    assertThat(refused.errors().get(0).field()).isEqualTo(field);
    assertThat(refused.errors().get(0).message()).contains(message);
  }

  @Test
  void takesWholeNumbersWrittenAsDecimalsAndNulls() {
    Body body =
        StrictJson.read(
            "{\"count\":1e2,\"rate\":1e308,\"flag\":false,\"text\":null,"
                + "\"inner\":[{\"n\":null,\"data\":{\"a\":[1.5,\"x\",true,null]}}]}",
            Body.class);

    assertThat(body.count()).isEqualTo(100);
    assertThat(body.rate()).isEqualTo(1e308);
    assertThat(body.flag()).isFalse();
    assertThat(body.text()).isNull();
    assertThat(body.inner().get(0).data()).containsKey("a");
  }

  @ParameterizedTest
  @ValueSource(strings = {"{not json", "[]", "", "{\"a\":1,}"})
  void bodyThatIsNoJsonObjectIsRefusedAsTheBody(String json) {
    InvalidInputException refused =
        catchThrowableOfType(InvalidInputException.class, () -> StrictJson.read(json, Body.class));

    assertThat(refused.errors()).extracting(FieldError::field).containsExactly("body");
  }

  @Test
  void nestingDeeperThanTheLimitIsRefusedBeforeBinding() {
    String deep = "[".repeat(100_000) + "]".repeat(100_000);

    InvalidInputException refused =
        catchThrowableOfType(
            InvalidInputException.class,
            () -> StrictJson.read("{\"inner\":[{\"data\":{\"x\":" + deep + "}}]}", Body.class));

    assertThat(refused.errors().get(0).message()).contains("nested deeper than 64");
  }

  @Test
  void nestingIsCountedOutsideStringsOnly() throws IOException {
    String brackets = "\"" + "[{\\\"".repeat(1000) + "\"";
    String json = "{\"text\":" + brackets + "}";

    assertThat(StrictJson.read(json, Body.class).text()).startsWith("[{\"[{");
    try (InputStream in =
        new JsonNesting(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)))) {
      assertThat(in.readAllBytes()).hasSize(json.length());
    }
  }

  @Test
  void nestingIsRefusedWhileStreaming() {
    byte[] deep = ("{\"x\":" + "[".repeat(65)).getBytes(StandardCharsets.UTF_8);

    InvalidInputException refused =
        catchThrowableOfType(
            InvalidInputException.class,
            () -> new JsonNesting(new ByteArrayInputStream(deep)).readAllBytes());

    assertThat(refused.errors()).extracting(FieldError::field).containsExactly("body");
  }
}
