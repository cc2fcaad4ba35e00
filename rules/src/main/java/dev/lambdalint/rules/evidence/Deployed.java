package dev.lambdalint.rules.evidence;

import dev.lambdalint.rules.model.TemplateModel;
import java.util.Map;
import java.util.Optional;

/**
 * A template as evidence is matched against it: with the stack it deploys as, when the input says so
 * (a cdk.out) or the user does ({@code --stack-name}), and the CDK construct path of each logical id.
 */
public record Deployed(TemplateModel model, Optional<String> stack, Map<String, String> constructPaths) {}
