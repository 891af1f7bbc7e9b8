package uk.headsup.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Issue 20, item 9: one policy, whose only inline script is the layout's, allowed by its fixed hash. */
class ContentSecurityPolicyTest {

    @Test
    void everyInlineScriptOfTheTemplatesIsTheOneThePolicyAllows() throws Exception {
        Pattern inline = Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>(.*?)</script>", Pattern.DOTALL);
        List<String> scripts = new ArrayList<>();
        try (var files = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                Matcher m = inline.matcher(Files.readString(file));
                while (m.find()) {
                    scripts.add(m.group(1));
                }
            }
        }
        assertThat(scripts).containsExactly(ContentSecurityPolicyFilter.LAYOUT_SCRIPT);
        assertThat(ContentSecurityPolicyFilter.POLICY)
                .contains("script-src 'self' 'sha256-" + ContentSecurityPolicyFilter.sha256(scripts.get(0)) + "';")
                .doesNotContain("nonce")
                .doesNotContain("unsafe-inline");
    }
}
