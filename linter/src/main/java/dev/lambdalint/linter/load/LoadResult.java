package dev.lambdalint.linter.load;

import java.util.ArrayList;
import java.util.List;

/** What reading one input gave: the templates it holds and the errors met on the way. */
public record LoadResult(List<LoadedTemplate> templates, List<InputError> errors) {

    public static LoadResult of(LoadedTemplate template) {
        return new LoadResult(List.of(template), List.of());
    }

    public static LoadResult of(InputError error) {
        return new LoadResult(List.of(), List.of(error));
    }

    public static LoadResult merge(List<LoadResult> results) {
        List<LoadedTemplate> templates = new ArrayList<>();
        List<InputError> errors = new ArrayList<>();
        for (LoadResult r : results) {
            templates.addAll(r.templates());
            errors.addAll(r.errors());
        }
        return new LoadResult(templates, errors);
    }
}
