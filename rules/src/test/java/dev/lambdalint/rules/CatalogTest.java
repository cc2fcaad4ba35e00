package dev.lambdalint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The metadata is public interface: ids and names end up in users' configs and suppressions. */
class CatalogTest {

    @Test
    void everyRuleHasWellFormedUniqueMetadata() {
        Set<String> ids = new HashSet<>();
        Set<String> names = new HashSet<>();
        for (Rule rule : Catalog.RULES) {
            RuleInfo info = rule.info();
            assertThat(info.id()).matches("LL\\d{3}");
            assertThat(info.name()).matches("[a-z0-9]+(-[a-z0-9]+)*");
            assertThat(ids.add(info.id())).as("duplicate id %s", info.id()).isTrue();
            assertThat(names.add(info.name())).as("duplicate name %s", info.name()).isTrue();
            assertThat(info.summary()).as(info.id()).isNotBlank().doesNotEndWith(".");
            assertThat(info.rationale()).as(info.id()).hasSizeGreaterThan(60);
            assertThat(info.fix()).as(info.id()).isNotBlank();
            assertThat(info.example()).as(info.id()).isNotBlank();
        }
    }

    @Test
    void saysWhetherEachRuleJudgesWebFunctionsInOneOfTheSharedWordings() {
        Set<String> wordings = Set.of(WebFunctionScope.RUNTIME, WebFunctionScope.NO_MEMORY,
                WebFunctionScope.NO_EPHEMERAL_STORAGE, WebFunctionScope.NO_VPC, WebFunctionScope.OTHER_CONCURRENCY);
        for (Rule rule : Catalog.RULES) {
            String said = rule.info().webFunctions();
            assertThat(said.isEmpty() || wordings.contains(said)).as("%s: %s", rule.id(), said).isTrue();
        }
        // The runtime id is the one setting a Web Function shares with a function (issue 14).
        assertThat(Catalog.RULES.stream().filter(r -> r.info().webFunctions().equals(WebFunctionScope.RUNTIME))
                .map(Rule::id)).containsExactly("LL601", "LL602", "LL609", "LL610", "LL613");
        assertThat(WebFunctionScope.of(Catalog.find("LL101").orElseThrow().info())).isEqualTo(WebFunctionScope.NO_MEMORY);
        assertThat(WebFunctionScope.of(Catalog.find("LL002").orElseThrow().info())).isEqualTo(WebFunctionScope.NOT_READ);
    }

    @Test
    void listsRulesInIdOrder() {
        List<String> ids = Catalog.RULES.stream().map(Rule::id).toList();
        assertThat(ids).isSorted();
    }

    @Test
    void namesEachRuleClassAfterItsRuleName() {
        for (Rule rule : Catalog.RULES) {
            String expected = toClassName(rule.info().name());
            assertThat(rule.getClass().getSimpleName().toLowerCase())
                    .as("class of %s", rule.id())
                    .isEqualTo(expected.toLowerCase());
        }
    }

    @Test
    void findsRulesByIdOrNameOnly() {
        assertThat(Catalog.find("LL301")).map(Rule::id).contains("LL301");
        assertThat(Catalog.find("ll301")).map(Rule::id).contains("LL301");
        assertThat(Catalog.find("reserved-concurrency-missing")).map(Rule::id).contains("LL301");
        assertThat(Catalog.find("LL999")).isEmpty();
        assertThat(Catalog.find("reserved")).isEmpty();
    }

    /** The engine runs three kinds of rule; one of none, or of two, would never run or run twice. */
    @Test
    void everyRuleIsOfExactlyOneKindAndListedByKind() {
        for (Rule rule : Catalog.RULES) {
            long kinds = List.of(TemplateRule.class, RunRule.class, SuppressionRule.class).stream()
                    .filter(kind -> kind.isInstance(rule)).count();
            assertThat(kinds).as("kinds of %s", rule.id()).isEqualTo(1);
        }
        assertThat(Catalog.ofKind(TemplateRule.class).size() + Catalog.ofKind(RunRule.class).size()
                + Catalog.ofKind(SuppressionRule.class).size()).isEqualTo(Catalog.RULES.size());
        assertThat(Catalog.ofKind(RunRule.class)).extracting(Rule::id).contains("LL303");
    }

    private static String toClassName(String name) {
        StringBuilder sb = new StringBuilder();
        for (String part : name.split("-")) {
            sb.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        return sb.toString();
    }
}
