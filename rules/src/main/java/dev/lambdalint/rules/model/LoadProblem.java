package dev.lambdalint.rules.model;

/**
 * Something wrong with a template that the loader saw but could read past, so that the template is
 * still linted: a key written twice in one mapping (the last value is kept, as CloudFormation keeps
 * it), a malformed {@code Fn::ForEach}. LL001 reports each at {@code pointer}.
 *
 * @param pointer where it is: the repeated key (its last occurrence), the loop's key
 * @param message what is wrong and what to do, with the lines the pointer alone cannot name
 */
public record LoadProblem(String pointer, String message) {}
