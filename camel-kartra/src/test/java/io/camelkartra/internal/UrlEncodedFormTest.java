package io.camelkartra.internal;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UrlEncodedFormTest {

    @Test
    void fieldsAreDecodedInOrderAndTheLastRepeatWins() {
        Map<String, String> form = UrlEncodedForm.parse("b=1&a=x+y%2Bz&&flag&b=2&e=%C3%A9");

        assertThat(form).containsExactly(Map.entry("a", "x y+z"), Map.entry("flag", ""), Map.entry("b", "2"), Map.entry("e", "é"));
    }

    @Test
    void malformedEscapesAreRefused() {
        assertThatThrownBy(() -> UrlEncodedForm.parse("a=%zz")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aFieldIsRemovedAndTheOthersStayAsWritten() {
        assertThat(UrlEncodedForm.without("a=1&token=abc&b=x%20y&tok%65n=def", "token")).isEqualTo("a=1&b=x%20y");
        assertThat(UrlEncodedForm.without("token=abc", "token")).isEmpty();
        assertThat(UrlEncodedForm.without("bad=%zz&token=1", "token")).isEqualTo("bad=%zz");
    }
}
