package uk.headsup.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** What a newcomer meets on a fresh clone: the run command leaves the tree clean, and the README answers them. */
class FirstRunTest {

    @Test
    void theFormatterChecksInVerifyAndRewritesNoFileInTheBuild() throws Exception {
        Document pom = DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(Path.of("pom.xml").toFile());
        NodeList goals = (NodeList) XPathFactory.newInstance()
                .newXPath()
                .evaluate(
                        "//plugin[artifactId='spotless-maven-plugin']/executions/execution/goals/goal",
                        pom,
                        XPathConstants.NODESET);
        NodeList phases = (NodeList) XPathFactory.newInstance()
                .newXPath()
                .evaluate(
                        "//plugin[artifactId='spotless-maven-plugin']/executions/execution/phase",
                        pom,
                        XPathConstants.NODESET);
        assertThat(goals.getLength()).isPositive();
        for (int i = 0; i < goals.getLength(); i++) {
            assertThat(goals.item(i).getTextContent().strip())
                    .as("spotless:apply runs only when asked (./mvnw spotless:apply)")
                    .isEqualTo("check");
        }
        for (int i = 0; i < phases.getLength(); i++) {
            assertThat(phases.item(i).getTextContent().strip()).isEqualTo("verify");
        }
    }

    @Test
    void theReadmeSaysThePortTheAdministratorTheOutboxAStartFromScratchAndTheFirstDownload() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        assertThat(readme)
                .contains("PORT=")
                .contains("administrator is")
                .contains("/dev/outbox")
                .contains("from scratch")
                .containsPattern("about \\d+ MB");
    }
}
