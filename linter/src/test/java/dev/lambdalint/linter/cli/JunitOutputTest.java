package dev.lambdalint.linter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdalint.rules.Catalog;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class JunitOutputTest {
    @TempDir
    Path dir;

    @BeforeEach
    void focusOnTheFoundationRules() {
        FocusConfig.write(dir);
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> out = new ArrayList<>();
        NodeList nodes = parent.getElementsByTagName(name);
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add((Element) nodes.item(i));
        }
        return out;
    }

    private static Element suite(Document doc, String name) {
        return children(doc.getDocumentElement(), "testsuite").stream()
                .filter(s -> s.getAttribute("name").equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no suite " + name));
    }

    private static Element testCase(Element suite, String name) {
        return children(suite, "testcase").stream()
                .filter(c -> c.getAttribute("name").equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no case " + name));
    }

    @Test
    void writesOneSuitePerTemplateAndOneCasePerEnabledRule() throws Exception {
        Templates.write(dir, "api.yaml", Templates.FAILS);
        Templates.write(dir, "worker.yaml", Templates.WARNS);
        Cli.Run run = Cli.run(dir, "check", "--format", "junit", "api.yaml", "worker.yaml");
        assertThat(run.exitCode()).isEqualTo(1);
        Document doc = parse(run.out());
        Element root = doc.getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("testsuites");
        long enabled = Catalog.RULES.stream()
                .filter(r -> r.info().enabledByDefault() && r.id().compareTo("LL500") < 0).count();
        assertThat(children(root, "testsuite")).hasSize(2);
        assertThat(root.getAttribute("tests")).isEqualTo(String.valueOf(2 * enabled));
        assertThat(root.getAttribute("failures")).isEqualTo("2");

        Element api = suite(doc, "api.yaml");
        assertThat(children(api, "testcase")).hasSize((int) enabled);
        assertThat(api.getAttribute("failures")).isEqualTo("1");
        Element memory = testCase(api, "LL101 memory-out-of-range");
        assertThat(memory.getAttribute("classname")).isEqualTo("api.yaml");
        assertThat(memory.getAttribute("file")).isEqualTo("api.yaml");
        Element failure = children(memory, "failure").get(0);
        assertThat(failure.getAttribute("type")).isEqualTo("error");
        assertThat(failure.getAttribute("message")).startsWith("api.yaml:6:7: error LL101 memory-out-of-range: Function Fn has MemorySize 64 MB");
        assertThat(failure.getTextContent()).contains("api.yaml:6:7: error LL101").contains("fix: Set MemorySize");
        assertThat(children(testCase(api, "LL301 reserved-concurrency-missing"), "failure")).isEmpty();

        Element reserved = testCase(suite(doc, "worker.yaml"), "LL301 reserved-concurrency-missing");
        assertThat(children(reserved, "failure").get(0).getTextContent()).startsWith("worker.yaml:2:3: warning LL301");
    }

    @Test
    void failsOnlyWhatFailsTheRunAndListsTheRestAsOutput() throws Exception {
        Templates.write(dir, "worker.yaml", Templates.WARNS);
        Templates.write(dir, "batch.yaml", Templates.SUPPRESSED);
        Cli.Run run = Cli.run(dir, "check", "--format", "junit", "--fail-on", "error", "worker.yaml", "batch.yaml");
        assertThat(run.exitCode()).isEqualTo(0);
        Document doc = parse(run.out());
        assertThat(doc.getDocumentElement().getAttribute("failures")).isEqualTo("0");
        Element worker = testCase(suite(doc, "worker.yaml"), "LL301 reserved-concurrency-missing");
        assertThat(children(worker, "failure")).isEmpty();
        assertThat(children(worker, "system-out").get(0).getTextContent()).contains("worker.yaml:2:3: warning LL301");
        Element batch = testCase(suite(doc, "batch.yaml"), "LL301 reserved-concurrency-missing");
        assertThat(children(batch, "system-out").get(0).getTextContent())
                .contains("suppressed LL301").contains("reason: Nightly batch; one invocation at a time");
    }

    @Test
    void turnsAnUnreadableInputIntoAFailingTemplateInvalidCase() throws Exception {
        Templates.write(dir, "broken.yaml", "Resources:\n  Fn: [unclosed\n");
        Cli.Run run = Cli.run(dir, "check", "--format", "junit", "broken.yaml");
        assertThat(run.exitCode()).isEqualTo(2);
        Element broken = suite(parse(run.out()), "broken.yaml");
        assertThat(children(broken, "testcase")).hasSize(1);
        Element failure = children(testCase(broken, "LL001 template-invalid"), "failure").get(0);
        assertThat(failure.getTextContent()).startsWith("broken.yaml:2:").contains("YAML syntax");
    }

    @Test
    void escapesMarkupAndControlCharactersSoTheDocumentAlwaysParses() throws Exception {
        // A key written twice is an input error whose message quotes the key: here with markup and a control character.
        Templates.write(dir, "odd.yaml", "Resources: {}\n\"a<&>'\\\"\\x01\": 1\n\"a<&>'\\\"\\x01\": 2\n");
        Cli.Run run = Cli.run(dir, "check", "--format", "junit", "odd.yaml");
        Element failure = children(testCase(suite(parse(run.out()), "odd.yaml"), "LL001 template-invalid"), "failure").get(0);
        // The loader writes the control character as an escape (messages stay on one line), the reporter the markup.
        assertThat(failure.getTextContent()).contains("key 'a<&>'\"\\u0001' appears twice");
        assertThat(failure.getAttribute("message")).contains("a<&>'\"\\u0001");
    }
}
