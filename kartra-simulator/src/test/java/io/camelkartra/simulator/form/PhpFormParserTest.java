package io.camelkartra.simulator.form;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PhpFormParserTest {

    @Test
    void decodesTheDocumentedHttpBuildQueryBody() {
        PhpArray form = PhpFormParser.parse("app_id=AbCdEfGhIjKl&api_key=xYz12345&api_password=pAsSwOrD1234"
                + "&lead%5Bemail%5D=john.smith%40example.com&lead%5Bfirst_name%5D=John&lead%5Blast_name%5D=Smith"
                + "&lead%5Bcustom_fields%5D%5B0%5D%5Bfield_identifier%5D=text1"
                + "&lead%5Bcustom_fields%5D%5B0%5D%5Bfield_value%5D=text+message"
                + "&lead%5Bcustom_fields%5D%5B1%5D%5Bfield_identifier%5D=checkbox1"
                + "&lead%5Bcustom_fields%5D%5B1%5D%5Bfield_value%5D%5B0%5D=620"
                + "&lead%5Bcustom_fields%5D%5B1%5D%5Bfield_value%5D%5B1%5D=621"
                + "&actions%5B0%5D%5Bcmd%5D=create_lead&actions%5B1%5D%5Bcmd%5D=assign_tag"
                + "&actions%5B1%5D%5Btag_name%5D=VIP+Customer&actions%5B2%5D%5Bcmd%5D=subscribe_lead_to_list"
                + "&actions%5B2%5D%5Blist_name%5D=Newsletter");

        assertThat(form.string("app_id")).isEqualTo("AbCdEfGhIjKl");
        PhpArray lead = form.array("lead");
        assertThat(lead.string("email")).isEqualTo("john.smith@example.com");
        PhpArray fields = lead.array("custom_fields");
        assertThat(fields.array("0").string("field_value")).isEqualTo("text message");
        assertThat(fields.array("1").array("field_value").entries()).containsExactly(
                java.util.Map.entry("0", "620"), java.util.Map.entry("1", "621"));
        PhpArray actions = form.array("actions");
        assertThat(actions.entries().keySet()).containsExactly("0", "1", "2");
        assertThat(actions.array("1").string("tag_name")).isEqualTo("VIP Customer");
    }

    @Test
    void literalAndEncodedBracketsAreTheSame() {
        PhpArray literal = PhpFormParser.parse("lead[custom_fields][0][field_value][1]=x");
        PhpArray encoded = PhpFormParser.parse("lead%5Bcustom_fields%5D%5B0%5D%5Bfield_value%5D%5B1%5D=x");
        assertThat(literal.toString()).isEqualTo(encoded.toString())
                .isEqualTo("{lead={custom_fields={0={field_value={1=x}}}}}");
    }

    @Test
    void decodesPlusPercentAndUtf8LikeUrldecode() {
        PhpArray form = PhpFormParser.parse("a=J%C3%BCrgen+M%C3%BCller&b=100%25&c=50%&d=%zz&e=%E2%82%AC");
        assertThat(form.string("a")).isEqualTo("Jürgen Müller");
        assertThat(form.string("b")).isEqualTo("100%");
        assertThat(form.string("c")).isEqualTo("50%");
        assertThat(form.string("d")).isEqualTo("%zz");
        assertThat(form.string("e")).isEqualTo("€");
    }

    @Test
    void pairWithoutEqualsIsEmptyAndEmptyPairsAreSkipped() {
        PhpArray form = PhpFormParser.parse("&&flag&x=1&=orphan&");
        assertThat(form.entries()).containsExactly(java.util.Map.entry("flag", ""), java.util.Map.entry("x", "1"));
    }

    @Test
    void appendsUseTheNextIntegerKey() {
        PhpArray form = PhpFormParser.parse("a[]=x&a[5]=y&a[]=z&a[07]=s&a[]=t&b[ ]=u&c[-3]=v&c[]=w");
        assertThat(form.array("a").entries().keySet()).containsExactly("0", "5", "6", "07", "7");
        assertThat(form.array("b").string("0")).isEqualTo("u");
        assertThat(form.array("c").entries().keySet()).containsExactly("-3", "-2");
    }

    @Test
    void baseNameSpacesAndDotsBecomeUnderscoresButNotInsideBrackets() {
        PhpArray form = PhpFormParser.parse("  my.var name[a.b c]=1");
        assertThat(form.array("my_var_name").string("a.b c")).isEqualTo("1");
    }

    @Test
    void unclosedBracketsFollowPhp() {
        PhpArray form = PhpFormParser.parse("a[b.c=1&d[e][f=2&g[h]i=3");
        assertThat(form.string("a_b_c")).isEqualTo("1");
        assertThat(form.array("d").string("e")).isEqualTo("2");
        assertThat(form.array("g").string("h")).isEqualTo("3");
    }

    @Test
    void laterPairsOverwriteAndScalarsAreReplacedByArrays() {
        PhpArray scalarThenArray = PhpFormParser.parse("lead=abc&lead[email]=x");
        assertThat(scalarThenArray.array("lead").string("email")).isEqualTo("x");
        PhpArray arrayThenScalar = PhpFormParser.parse("lead[email]=x&lead=abc");
        assertThat(arrayThenScalar.string("lead")).isEqualTo("abc");
    }

    @Test
    void scalarLeadStaysScalar() {
        assertThat(PhpFormParser.parse("lead=abc").get("lead")).isEqualTo("abc");
        assertThat(PhpFormParser.parse("actions=xyz").get("actions")).isEqualTo("xyz");
    }

    @Test
    void variablesNestedTooDeepAreDropped() {
        String deep = "a=0&a" + "[x]".repeat(PhpFormParser.MAX_NESTING_LEVEL + 1) + "=1";
        String ok = "b" + "[x]".repeat(PhpFormParser.MAX_NESTING_LEVEL) + "=1";
        PhpArray form = PhpFormParser.parse(deep + "&" + ok);
        assertThat(form.containsKey("a")).isFalse();
        assertThat(form.containsKey("b")).isTrue();
    }

    @Test
    void nulCutsTheName() {
        assertThat(PhpFormParser.parse("ab%00cd=1").string("ab")).isEqualTo("1");
    }
}
