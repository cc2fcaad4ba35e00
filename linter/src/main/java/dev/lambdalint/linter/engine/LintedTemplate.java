package dev.lambdalint.linter.engine;

import dev.lambdalint.linter.load.LoadedTemplate;
import dev.lambdalint.rules.model.TemplateModel;

/** A template that was read and modelled, for commands that report on functions rather than findings. */
public record LintedTemplate(LoadedTemplate loaded, TemplateModel model) {}
