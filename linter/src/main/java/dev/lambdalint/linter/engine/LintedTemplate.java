package dev.lambdalint.linter.engine;

import dev.lambdalint.linter.load.LoadedTemplate;
import dev.lambdalint.rules.model.TemplateModel;
import java.util.Set;

/**
 * A template that was read and modelled, for commands that report on functions rather than findings.
 *
 * @param cdkInternal logical ids of the functions the CDK library added on its own
 */
public record LintedTemplate(LoadedTemplate loaded, TemplateModel model, Set<String> cdkInternal) {}
