package dev.lambdalint.rules.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SuppressionTest {
    private static final Value AT = new Value(JsonNodeFactory.instance.nullNode(), "/Resources/Fn");

    @Test
    void aMetadataSuppressionCoversEveryFindingAboutItsResource() {
        Suppression s = new Suppression(Optional.of("LL301"), Optional.of("r"), AT, "Fn");
        assertThat(s.inline()).isFalse();
        assertThat(s.covers("Fn", "/Resources/Queue/Properties/VisibilityTimeout")).isTrue();
        assertThat(s.covers("Other", "/Resources/Fn")).isFalse();
    }

    @Test
    void aPropertySuppressionCoversThePropertyAndBelowOnly() {
        Suppression s = new Suppression(Optional.of("LL402"), Optional.of("r"), AT, "Fn",
                List.of("/Resources/Fn/Properties/VpcConfig", "/Globals/Function/VpcConfig"), true);
        assertThat(s.covers("Fn", "/Resources/Fn/Properties/VpcConfig")).isTrue();
        assertThat(s.covers("Fn", "/Resources/Fn/Properties/VpcConfig/SubnetIds/0")).isTrue();
        assertThat(s.covers("Other", "/Globals/Function/VpcConfig/SubnetIds")).isTrue();
        assertThat(s.covers("Fn", "/Resources/Fn/Properties/VpcConfigs")).isFalse();
        assertThat(s.covers("Fn", "/Resources/Fn")).isFalse();
    }

    @Test
    void theModelListsInlineSuppressionsAfterMetadataOnes() throws Exception {
        Suppression inline = new Suppression(Optional.of("LL104"), Optional.of("r"), AT, "Fn",
                List.of("/Resources/Fn/Properties/MemorySize"), true);
        Template template = new Template("t.yaml", new ObjectMapper().readTree("""
                {"Resources": {"Fn": {"Type": "AWS::Lambda::Function",
                  "Metadata": {"lambdalint": {"suppress": [{"rule": "LL301", "reason": "batch"}]}}}}}
                """), List.of(inline));
        List<Suppression> all = TemplateModel.of(template).suppressions();
        assertThat(all).hasSize(2);
        assertThat(all.get(0).rule()).contains("LL301");
        assertThat(all.get(1)).isSameAs(inline);
    }
}
