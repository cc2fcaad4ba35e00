package dev.lambdalint.linter.engine;

import dev.lambdalint.linter.config.Config;
import dev.lambdalint.linter.evidence.EvidenceError;
import dev.lambdalint.linter.evidence.EvidenceInput;
import dev.lambdalint.linter.evidence.EvidenceReader;
import dev.lambdalint.linter.evidence.EvidenceSet;
import dev.lambdalint.linter.evidence.EvidenceSummary;
import dev.lambdalint.linter.load.Contents;
import dev.lambdalint.linter.load.DisplayPaths;
import dev.lambdalint.linter.load.IgnoreRules;
import dev.lambdalint.linter.load.InputError;
import dev.lambdalint.linter.load.InputFinder;
import dev.lambdalint.linter.load.InputLoader;
import dev.lambdalint.linter.load.LoadResult;
import dev.lambdalint.linter.load.LoadedTemplate;
import dev.lambdalint.linter.load.cdk.CdkInternalFunctions;
import dev.lambdalint.linter.params.DeployValues;
import dev.lambdalint.linter.params.GivenParameters;
import dev.lambdalint.linter.parse.Position;
import dev.lambdalint.linter.schema.SchemasOnFirstUse;
import dev.lambdalint.linter.text.OneLine;
import dev.lambdalint.rules.Catalog;
import dev.lambdalint.rules.Finding;
import dev.lambdalint.rules.Findings;
import dev.lambdalint.rules.LintContext;
import dev.lambdalint.rules.Rule;
import dev.lambdalint.rules.RunRule;
import dev.lambdalint.rules.SuppressionRule;
import dev.lambdalint.rules.TemplateRule;
import dev.lambdalint.rules.evidence.Deployed;
import dev.lambdalint.rules.evidence.EvidenceMatch;
import dev.lambdalint.rules.evidence.EvidenceMatcher;
import dev.lambdalint.rules.model.FunctionView;
import dev.lambdalint.rules.model.Pointers;
import dev.lambdalint.rules.model.Suppression;
import dev.lambdalint.rules.model.Template;
import dev.lambdalint.rules.model.TemplateModel;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * One lint run: find the inputs, load them, model each template, run the rules, then suppress, apply
 * severities and turn pointers into positions. Inputs and templates are processed in parallel; the
 * result is sorted, so it is the same whatever the number of threads.
 */
public final class Engine {
    private static final String TEMPLATE_INVALID = "LL001";
    private static final String SUPPRESSION_WITHOUT_REASON = "LL002";
    private static final String EVIDENCE_TAG = "evidence";

    private final Config config;
    private final LintContext context;
    private final DisplayPaths display;
    private final Path workingDirectory;
    private final Supplier<InputStream> stdin;
    private final boolean parallel;
    private boolean includeCdkInternal;
    private boolean skipNonTemplates;
    private Contents contents = Contents.DISK;
    private GivenParameters parameters = GivenParameters.NONE;
    private List<EvidenceInput> evidence = List.of();
    private Optional<String> stackName = Optional.empty();
    private final Set<String> declaredParameters = java.util.concurrent.ConcurrentHashMap.newKeySet();

    public Engine(Config config, LocalDate today, Path workingDirectory, Supplier<InputStream> stdin, boolean parallel) {
        this.config = config;
        // The schemas are parsed when a template first has a resource of their type, once per run.
        this.context = new LintContext(config.policy(), today).withSchemas(new SchemasOnFirstUse()).withRules(Catalog::find);
        this.workingDirectory = workingDirectory;
        this.display = new DisplayPaths(workingDirectory);
        this.stdin = stdin;
        this.parallel = parallel;
    }

    /** Also report findings on functions the CDK library adds on its own (hidden by default). */
    public Engine includeCdkInternal(boolean include) {
        this.includeCdkInternal = include;
        return this;
    }

    /** Skip named files that are not templates, instead of reporting them (see {@link InputFinder#skipNamedNonTemplates}). */
    public Engine skipNonTemplates(boolean skip) {
        this.skipNonTemplates = skip;
        return this;
    }

    /** Read template files through {@code contents}, e.g. the staged versions of some (see {@link Contents}). */
    public Engine contents(Contents contents) {
        this.contents = contents;
        return this;
    }

    /**
     * The given parameters that no template of the last {@link #run} declares: a typo, or values meant for
     * another stack.
     */
    public java.util.SortedSet<String> undeclaredParameters() {
        java.util.SortedSet<String> out = new java.util.TreeSet<>(parameters.values().keySet());
        out.removeAll(declaredParameters);
        return out;
    }

    /**
     * Judge the functions by these logs and metrics too (rules LL801-LL808, which run only then);
     * {@code stackName} names the stack of templates whose input does not say it, for CloudFormation's
     * generated function names.
     */
    public Engine evidence(List<EvidenceInput> inputs, Optional<String> stackName) {
        this.evidence = List.copyOf(inputs);
        this.stackName = stackName;
        return this;
    }

    /** Judge each template with these parameter values in place of its Defaults (see {@link DeployValues}). */
    public Engine parameters(GivenParameters given) {
        this.parameters = given;
        return this;
    }

    /** What a run of {@code paths} would lint, after the folder walk and the ignore globs, and what it cannot. */
    public InputFinder.Found find(List<String> paths) {
        return new InputFinder(workingDirectory, new IgnoreRules(config.ignoreBase(workingDirectory), config.ignore()))
                .skipNamedNonTemplates(skipNonTemplates)
                .contents(contents)
                .find(paths);
    }

    public LintResult run(List<String> paths) {
        InputFinder.Found found = find(paths);
        InputLoader loader = new InputLoader(config.input(), display, stdin, parallel).contents(contents);
        List<LoadResult> loads = stream(found.inputs()).map(loader::load).toList();

        List<InputError> inputErrors = new ArrayList<>(found.errors());
        List<LoadedTemplate> loaded = new ArrayList<>();
        for (LoadResult r : loads) {
            loaded.addAll(r.templates());
            inputErrors.addAll(r.errors());
        }

        List<TemplateRule> templateRules = enabled(TemplateRule.class);
        List<RunRule> runRules = enabled(RunRule.class);
        List<Prepared> prepared = stream(loaded).map(this::prepare).toList();
        LintContext context = this.context;
        Optional<EvidenceSummary> evidenceSummary = Optional.empty();
        if (!evidence.isEmpty()) {
            // Evidence is matched against every template of the run at once: a log group that fits
            // functions of two templates is ambiguous, not the first one's.
            EvidenceSet set = EvidenceReader.read(evidence, stdin.get(), workingDirectory);
            List<Deployed> deployed = new ArrayList<>();
            for (int i = 0; i < loaded.size(); i++) {
                LoadedTemplate t = loaded.get(i);
                deployed.add(new Deployed(prepared.get(i).model(), t.stack().or(() -> stackName), t.constructPaths()));
            }
            EvidenceMatch match = EvidenceMatcher.match(deployed, set.observed(), set.explicit());
            context = context.withEvidence(match);
            for (EvidenceError e : set.errors()) {
                inputErrors.add(new InputError(e.file(),
                        e.line() > 0 ? Optional.of(new Position((int) e.line(), 1)) : Optional.empty(), e.message()));
            }
            evidenceSummary = Optional.of(EvidenceSummary.of(set, match));
        }
        LintContext ctx = context;
        List<Checked> checked = stream(indexes(loaded.size()))
                .map(i -> check(loaded.get(i), prepared.get(i), templateRules, ctx)).toList();

        List<TemplateModel> models = checked.stream().map(Checked::model).toList();
        List<Finding> runFindings = RunRule.checkAll(runRules, models, ctx);

        Map<Template, Checked> byTemplate = new IdentityHashMap<>();
        checked.forEach(c -> byTemplate.put(c.loaded().template(), c));
        List<Finding> all = new ArrayList<>();
        checked.forEach(c -> all.addAll(c.findings()));
        all.addAll(runFindings);

        List<ReportedFinding> findings = new ArrayList<>();
        List<ReportedError> errors = new ArrayList<>();
        // Which suppressions silenced something, by identity: LL003 reports the others.
        Set<Suppression> used = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (InputError e : inputErrors) {
            errors.add(new ReportedError(e.file(), e.position(), e.message()));
        }
        for (Finding f : all) {
            Checked c = byTemplate.get(f.template());
            LoadedTemplate t = c.loaded();
            if (f.ruleId().equals(TEMPLATE_INVALID)) {
                errors.add(new ReportedError(t.file(), Optional.of(t.position(f.pointer())), OneLine.of(f.message())));
                continue;
            }
            if (!includeCdkInternal && c.cdkInternal().contains(f.resource())) {
                continue;
            }
            Optional<Suppression> covering = c.suppressions().covering(f);
            covering.ifPresent(used::add);
            findings.add(reported(f, c, covering.flatMap(Suppression::reason)));
        }
        List<SuppressionRule> suppressionRules = enabled(SuppressionRule.class);
        LintContext judged = context;
        for (Checked c : suppressionRules.isEmpty() ? List.<Checked>of() : checked) {
            List<Suppression> unused = unused(c, used);
            if (!unused.isEmpty()) {
                Findings out = Findings.of(c.model());
                suppressionRules.forEach(rule -> rule.check(c.model(), unused, judged, out));
                out.list().forEach(f -> findings.add(reported(f, c, Optional.empty())));
            }
        }
        findings.sort(ReportedFinding.ORDER);
        errors.sort(ReportedError.ORDER);

        int functions = models.stream().mapToInt(m -> m.functions().size()).sum();
        int internal = checked.stream().mapToInt(c -> c.cdkInternal().size()).sum();
        List<LintedTemplate> linted = checked.stream()
                .map(c -> new LintedTemplate(c.loaded(), c.model(), c.cdkInternal()))
                .toList();
        // Handlers the CDK added on its own are counted once, as CDK-internal, when they are hidden.
        int handlers = checked.stream().mapToInt(c -> (int) c.model().deploymentHandlers().stream()
                .filter(id -> includeCdkInternal || !c.cdkInternal().contains(id))
                .count()).sum();
        Summary summary = Summary.of(findings, loaded.size(), functions, includeCdkInternal ? 0 : internal, errors.size())
                .withDeploymentHandlers(handlers);
        return new LintResult(findings, errors, summary, linted, evidenceSummary);
    }

    /** The finding as reported: its place, the rule's metadata, and the deploy-time parameter its value came from. */
    private ReportedFinding reported(Finding f, Checked c, Optional<String> suppressedBecause) {
        LoadedTemplate t = c.loaded();
        Rule rule = Catalog.require(f.ruleId());
        Optional<ParameterOrigin> origin = ParameterOrigin.of(f.pointer(), c.deployValues());
        String message = OneLine.of(f.message()) + origin.map(ParameterOrigin::says).orElse("");
        return new ReportedFinding(
                rule.id(), rule.info().name(), config.severity(rule), message, t.file(), t.span(f.pointer()),
                f.pointer(), f.resource(), t.stack(), t.constructPath(f.resource()), rule.info().fix(), suppressedBecause,
                origin.map(o -> {
                    Position declared = t.position("/Parameters/" + Pointers.escape(o.parameter()));
                    return new ReportedFinding.ParameterSource(o.parameter(), declared.line(), declared.column());
                }),
                f.evidence());
    }

    /**
     * The suppressions of {@code c} in force that silenced nothing, among those that could have: the rule
     * they name ran, and the resource is one whose findings are reported (not a CDK-internal function
     * left out of this run).
     */
    private List<Suppression> unused(Checked c, Set<Suppression> used) {
        List<Suppression> out = new ArrayList<>();
        for (Map.Entry<String, Suppression> e : c.suppressions().inForce()) {
            Suppression s = e.getValue();
            Rule rule = Catalog.require(e.getKey());
            boolean ran = runs(rule);
            boolean hidden = !includeCdkInternal && c.cdkInternal().contains(s.resource());
            if (ran && !hidden && !used.contains(s)) {
                out.add(s);
            }
        }
        return out;
    }

    private record Checked(LoadedTemplate loaded, TemplateModel model, List<Finding> findings,
                           SuppressionIndex suppressions, Set<String> cdkInternal, DeployValues deployValues) {}

    /** A template's deploy values applied and its model made: evidence is matched against every model first. */
    private record Prepared(TemplateModel model, DeployValues deployValues) {}

    private Prepared prepare(LoadedTemplate loaded) {
        // Before the model is made: it reads the tree once.
        DeployValues deployValues = DeployValues.apply(loaded.template().root(), parameters);
        declaredParameters.addAll(deployValues.declared());
        return new Prepared(TemplateModel.of(loaded.template()), deployValues);
    }

    private Checked check(LoadedTemplate loaded, Prepared prepared, List<TemplateRule> rules, LintContext context) {
        TemplateModel model = prepared.model();
        DeployValues deployValues = prepared.deployValues();
        List<Finding> findings = TemplateRule.checkAll(rules, model, context);
        Set<String> internal = CdkInternalFunctions.of(loaded,
                model.functions().stream().map(FunctionView::logicalId).toList());
        return new Checked(loaded, model, findings, SuppressionIndex.of(model), internal, deployValues);
    }

    private static List<Integer> indexes(int size) {
        return java.util.stream.IntStream.range(0, size).boxed().toList();
    }

    private <R extends Rule> List<R> enabled(Class<R> kind) {
        return Catalog.ofKind(kind).stream().filter(this::runs).toList();
    }

    /** Whether {@code rule} judges this run: LL003 leaves the suppressions of the others alone. */
    private boolean runs(Rule rule) {
        // The evidence rules judge logs: without --evidence they have nothing to read.
        if (evidence.isEmpty() && java.util.Arrays.asList(rule.info().tags()).contains(EVIDENCE_TAG)) {
            return false;
        }
        boolean alwaysOn = rule.id().equals(TEMPLATE_INVALID) || rule.id().equals(SUPPRESSION_WITHOUT_REASON);
        return alwaysOn || config.enabled(rule);
    }

    private <T> Stream<T> stream(List<T> items) {
        return parallel && items.size() > 1 ? items.parallelStream() : items.stream();
    }
}
