package org.warkg.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class MarkupTest {

    @Test
    void escapesTextAndAttributes() {
        assertThat(Markup.text("<b>\"A\" & 'B'</b>").html())
            .isEqualTo("&lt;b&gt;&quot;A&quot; &amp; &#39;B&#39;&lt;/b&gt;");
        assertThat(Markup.link("/id/x?a=1&b=\"2\"", "<x>").html())
            .isEqualTo("<a href=\"/id/x?a=1&amp;b=&quot;2&quot;\">&lt;x&gt;</a>");
    }

    @Test
    void joinsAndWrapsFragments() {
        Markup joined = Markup.join(" & ", List.of(Markup.text("a"), Markup.text("b")));
        assertThat(joined.html()).isEqualTo("a &amp; b");
        assertThat(Markup.element("q", joined).html()).isEqualTo("<q>a &amp; b</q>");
        assertThat(Markup.EMPTY.isEmpty()).isTrue();
    }
}
