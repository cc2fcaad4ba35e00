package dev.lambdalint.rules.catalog.vpc;

import dev.lambdalint.rules.model.Intrinsics;
import dev.lambdalint.rules.model.TemplateModel;
import dev.lambdalint.rules.model.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What one possible {@code VpcConfig} of a function holds: how many subnets and security groups, as
 * far as the template tells. A list parameter's {@code Default} ("subnet-a,subnet-b") counts too.
 */
record VpcConfigShape(Value config, List<Count> subnets, List<Count> securityGroups) {

    /** One possible size of a list; {@code size} is -1 when the list exists but its size cannot be known. */
    record Count(int size, Value at) {
        boolean unknown() {
            return size < 0;
        }
    }

    /** Every literal VpcConfig mapping the function can have (Fn::If branches each count). */
    static List<VpcConfigShape> of(TemplateModel template, Optional<Value> vpcConfig) {
        List<VpcConfigShape> out = new ArrayList<>();
        for (Value config : template.candidates(vpcConfig)) {
            if (config.isMapping()) {
                out.add(new VpcConfigShape(config,
                        counts(template, config.get("SubnetIds")),
                        counts(template, config.get("SecurityGroupIds"))));
            }
        }
        return out;
    }

    private static List<Count> counts(TemplateModel template, Optional<Value> list) {
        if (list.isEmpty() || Intrinsics.isNoValue(list.get().node())) {
            return List.of();
        }
        List<Value> candidates = template.candidates(list.get());
        if (candidates.isEmpty()) {
            return List.of(new Count(-1, list.get()));
        }
        List<Count> out = new ArrayList<>();
        for (Value v : candidates) {
            if (v.isList()) {
                int n = (int) v.items().stream().filter(i -> !Intrinsics.isNoValue(i.node())).count();
                out.add(new Count(n, v));
            } else if (v.node().isTextual()) {
                // a CommaDelimitedList or List<AWS::EC2::Subnet::Id> parameter's Default
                String text = v.node().asText().trim();
                out.add(new Count(text.isEmpty() ? 0 : text.split(",").length, v));
            } else {
                out.add(new Count(-1, v));
            }
        }
        return out;
    }

    /** True when the subnets may be non-empty: the function is (or may be) attached to a VPC. */
    boolean hasSubnets() {
        return subnets.stream().anyMatch(c -> c.unknown() || c.size() > 0);
    }

    boolean hasSecurityGroups() {
        return securityGroups.stream().anyMatch(c -> c.unknown() || c.size() > 0);
    }

    /** Empty lists (or none) on both sides: the documented way to detach a function from its VPC. */
    boolean detached() {
        return !hasSubnets() && !hasSecurityGroups();
    }
}
