package dev.lambdalint.rules.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The IAM policy documents of one template by the role they apply to: a role's inline {@code Policies},
 * the {@code AWS::IAM::Policy}, {@code AWS::IAM::ManagedPolicy} and {@code AWS::IAM::RolePolicy} resources
 * attached to it, and the managed policies of this template it names in {@code ManagedPolicyArns}. Indexed
 * once per template, so that a rule asking for each function's role never scans all resources.
 */
final class RolePolicies {
    private final Map<String, List<Value>> byRole = new HashMap<>();

    RolePolicies(TemplateIndex model) {
        for (Resource r : model.resources()) {
            switch (r.type()) {
                case "AWS::IAM::Role" -> r.property("Policies").ifPresent(list -> list.items().forEach(p ->
                        p.get("PolicyDocument").ifPresent(doc ->
                                byRole.computeIfAbsent(r.logicalId(), k -> new ArrayList<>()).add(doc))));
                case "AWS::IAM::Policy", "AWS::IAM::ManagedPolicy", "AWS::IAM::RolePolicy" -> {
                    Optional<Value> doc = r.property("PolicyDocument");
                    if (doc.isEmpty()) {
                        continue;
                    }
                    Set<String> roles = new LinkedHashSet<>();
                    r.property("Roles").ifPresent(v -> roles.addAll(model.references(v.node())));
                    r.property("RoleName").ifPresent(v -> roles.addAll(model.references(v.node())));
                    for (String role : roles) {
                        byRole.computeIfAbsent(role, k -> new ArrayList<>()).add(doc.get());
                    }
                }
                default -> {
                    // not a policy
                }
            }
        }
        // A customer managed policy attached through the role's ManagedPolicyArns: !Ref Policy
        for (Resource r : model.resources()) {
            if (!r.is("AWS::IAM::Role")) {
                continue;
            }
            r.property("ManagedPolicyArns").ifPresent(arns -> {
                for (String id : model.references(arns.node())) {
                    model.resource(id).filter(policy -> policy.is("AWS::IAM::ManagedPolicy"))
                            .flatMap(policy -> policy.property("PolicyDocument"))
                            .ifPresent(doc -> byRole.computeIfAbsent(r.logicalId(), k -> new ArrayList<>()).add(doc));
                }
            });
        }
    }

    List<Value> of(String roleId) {
        return byRole.getOrDefault(roleId, List.of());
    }
}
