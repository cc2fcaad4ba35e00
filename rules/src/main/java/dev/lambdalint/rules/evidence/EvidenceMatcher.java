package dev.lambdalint.rules.evidence;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lambdalint.rules.model.FunctionView;
import dev.lambdalint.rules.model.NameTemplate;
import dev.lambdalint.rules.model.StringCandidate;
import dev.lambdalint.rules.model.Template;
import dev.lambdalint.rules.model.TemplateModel;
import dev.lambdalint.rules.model.Value;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Ties each source of evidence to the template function it came from, by the names a deployed function
 * runs under: its {@code FunctionName} (literal, a parameter's values, {@code ${AWS::StackName}} filled in
 * when the stack is known), the log group {@code LoggingConfig.LogGroup} names, the physical name
 * CloudFormation generates when {@code FunctionName} is unset, or, for {@code FUNCTION=FILE}, the logical
 * id or construct path the user gave.
 */
public final class EvidenceMatcher {
    private static final String LAMBDA_GROUP = "/aws/lambda/";
    private static final String STACK_NAME_ID = "AWS::StackName";
    private static final Pattern REFERENCE = Pattern.compile("\\$\\{([^}]+)}");
    /** Lambda's limit on a function name; CloudFormation cuts a generated name's parts to fit it. */
    private static final int MAX_FUNCTION_NAME = 64;
    private static final Pattern SUFFIX = Pattern.compile("[A-Za-z0-9]{8,16}");

    private EvidenceMatcher() {}

    private record Candidate(Deployed deployed, FunctionView fn) {
        String label() {
            Optional<String> stack = deployed.stack();
            return stack.map(s -> s + "/").orElse("") + fn.logicalId();
        }
    }

    /**
     * @param observed the evidence by source name: a function name, another log group whole, or a name
     *     given with {@code FUNCTION=FILE}
     * @param explicit the source names given with {@code FUNCTION=FILE}
     */
    public static EvidenceMatch match(List<Deployed> templates, Map<String, Observed> observed, Set<String> explicit) {
        Map<String, List<Candidate>> bySource = new TreeMap<>();
        for (String source : observed.keySet()) {
            List<Candidate> fits = new ArrayList<>();
            for (Deployed d : templates) {
                for (FunctionView fn : d.model().functions()) {
                    if (fits(source, explicit.contains(source), d, fn)) {
                        fits.add(new Candidate(d, fn));
                    }
                }
            }
            bySource.put(source, fits);
        }
        List<String> unmatched = new ArrayList<>();
        List<String> ambiguous = new ArrayList<>();
        Map<Candidate, List<String>> sourcesOf = new LinkedHashMap<>();
        bySource.forEach((source, fits) -> {
            if (fits.isEmpty()) {
                unmatched.add(source);
            } else if (fits.size() > 1) {
                ambiguous.add(source + " fits " + String.join(", ", fits.stream().map(Candidate::label).toList()));
            } else {
                sourcesOf.computeIfAbsent(fits.get(0), k -> new ArrayList<>()).add(source);
            }
        });
        Map<Template, Map<String, Observed>> byFunction = new IdentityHashMap<>();
        Map<String, String> functionOf = new TreeMap<>();
        sourcesOf.forEach((candidate, sources) -> {
            if (sources.size() > 1) {
                ambiguous.add(candidate.label() + " has evidence from " + String.join(", ", sources));
                return;
            }
            functionOf.put(sources.get(0), candidate.label());
            byFunction.computeIfAbsent(candidate.deployed().model().template(), k -> new TreeMap<>())
                    .put(candidate.fn().logicalId(), observed.get(sources.get(0)));
        });
        return new EvidenceMatch(byFunction, functionOf, unmatched, ambiguous);
    }

    private static boolean fits(String source, boolean explicit, Deployed d, FunctionView fn) {
        if (explicit && (source.equals(fn.logicalId()) || isConstructPath(source, d.constructPaths().get(fn.logicalId())))) {
            return true;
        }
        Set<String> names = functionNames(d, fn);
        if (names.contains(source)) {
            return true;
        }
        if (!explicit && groupNames(d, fn).contains(source)) {
            return true;
        }
        if (explicit || !fn.lacks("FunctionName") || d.stack().isEmpty()) {
            return false;
        }
        // A CDK stage's stack is shown as Prod/Orders and deployed as Prod-Orders.
        String stack = d.stack().get();
        return isGeneratedName(source, stack, fn.logicalId()) || isGeneratedName(source, stack.replace('/', '-'), fn.logicalId());
    }

    private static boolean isConstructPath(String given, String path) {
        if (path == null) {
            return false;
        }
        String trimmed = given.startsWith("/") ? given.substring(1) : given;
        return path.equals(trimmed) || path.equals(trimmed + "/Resource");
    }

    /** The names the function can be deployed under, as far as the template (and the stack name) tell them. */
    private static Set<String> functionNames(Deployed d, FunctionView fn) {
        return resolvedNames(d, fn.functionName());
    }

    /** The log groups other than the default one that {@code LoggingConfig.LogGroup} sends the logs to. */
    private static Set<String> groupNames(Deployed d, FunctionView fn) {
        Set<String> out = new LinkedHashSet<>();
        Optional<Value> group = fn.loggingLogGroup();
        if (group.isEmpty()) {
            return out;
        }
        for (String name : resolvedNames(d, group)) {
            out.add(key(name));
        }
        d.model().logGroups().designatedBy(group.get())
                .flatMap(g -> g.resource().property("LogGroupName"))
                .ifPresent(name -> out.addAll(resolvedNames(d, Optional.of(name)).stream().map(EvidenceMatcher::key).toList()));
        return out;
    }

    private static Set<String> resolvedNames(Deployed d, Optional<Value> value) {
        Set<String> out = new LinkedHashSet<>();
        if (value.isEmpty()) {
            return out;
        }
        for (StringCandidate s : d.model().strings(value)) {
            out.add(s.value());
        }
        NameTemplate.of(value.get().node()).ifPresent(name -> {
            String filled = fill(name, d);
            if (!filled.contains("${")) {
                out.add(filled);
            }
        });
        return out;
    }

    /** The name with the stack's name and each parameter's {@code Default} put in, as far as they are known. */
    private static String fill(String name, Deployed d) {
        Matcher m = REFERENCE.matcher(name);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String id = m.group(1);
            String value = null;
            if (id.equals(STACK_NAME_ID)) {
                value = d.stack().orElse(null);
            } else {
                JsonNode fallback = d.model().template().root().path("Parameters").path(id).path("Default");
                value = fallback.isTextual() || fallback.isNumber() ? fallback.asText() : null;
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(value == null ? m.group() : value));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private static String key(String group) {
        return group.startsWith(LAMBDA_GROUP) ? group.substring(LAMBDA_GROUP.length()) : group;
    }

    /**
     * Whether {@code name} is one CloudFormation generates for the function: {@code STACK-LOGICALID-SUFFIX},
     * the stack name and logical id cut short when the whole would pass Lambda's 64 characters.
     */
    static boolean isGeneratedName(String name, String stack, String logicalId) {
        int lastDash = name.lastIndexOf('-');
        if (lastDash <= 0 || !SUFFIX.matcher(name.substring(lastDash + 1)).matches()) {
            return false;
        }
        String rest = name.substring(0, lastDash);
        int dash = rest.lastIndexOf('-');
        if (dash <= 0) {
            return false;
        }
        String stackPart = rest.substring(0, dash);
        String idPart = rest.substring(dash + 1);
        if (stackPart.equals(stack) && idPart.equals(logicalId)) {
            return true;
        }
        boolean cut = name.length() >= MAX_FUNCTION_NAME - 4;
        return cut && !idPart.isEmpty() && stack.startsWith(stackPart) && logicalId.startsWith(idPart);
    }
}
