package org.rohrpost.schedule.entity;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CronExpressionTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "0 9 * *|five fields",
        "0 9 * * * *|five fields",
        "60 9 * * *|minute: '60' is not a value from 0 to 59",
        "0 24 * * *|hour: '24' is not a value from 0 to 23",
        "0 9 0 * *|day of month: '0' is not a value from 1 to 31",
        "0 9 * 13 *|month: '13' is not a value from 1 to 12",
        "0 9 * * FUNDAY|day of week: 'FUNDAY'",
        "0 9 * * 5-1|day of week: range 5-1 runs backwards",
        "0 9 * * */0|day of week: '0' is not a value from 1 to 7",
        "x 9 * * *|minute: 'x'"
      })
  void refusesWithTheFieldAndTheReason(String expression, String message) {
    assertThatThrownBy(() -> CronExpression.parse(expression))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(message);
  }
}
