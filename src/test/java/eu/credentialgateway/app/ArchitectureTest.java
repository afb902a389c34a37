package eu.credentialgateway.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import eu.credentialgateway.Stage;
import eu.credentialgateway.Step;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.camel.Processor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.stereotype.Component;

/**
 * Which package may depend on which, over the main classes. Four layers:
 * <ul>
 *   <li>the root vocabulary ({@code eu.credentialgateway}: Step, Stage, Finding, GatewayHeaders, the few interfaces a
 *       stage offers another) and the support packages every stage may use: {@code adapter} (which formats exist),
 *       {@code trust} (which signers are trusted), {@code access} (who is calling, the operator action log),
 *       {@code jsonld} (the JSON-LD context documents, read once) and {@code csv} (the one CSV reader);</li>
 *   <li>the stage packages, one per pipeline stage; the serialise stage holds {@code profile} too and the record stage
 *       {@code quarantine}, as {@link Step#PROFILE} and {@link Step#QUARANTINE} say;</li>
 *   <li>features composed of several stages: {@code api} (the read API over their records), {@code verify},
 *       {@code review}, {@code retention}, {@code coverage};</li>
 *   <li>{@code app}, the wiring (Camel component, Spring configuration, error answers), which nothing else imports.</li>
 * </ul>
 * A stage never imports another stage: what one needs of a later one travels as data on the exchange (the targets
 * step's choice), and what it needs of an earlier one's store is an interface in the root (ConversionHistory).
 */
class ArchitectureTest {
    private static final String ROOT = "eu.credentialgateway";
    /** Each stage and the packages that make it. */
    private static final Map<Stage, List<String>> STAGES = new LinkedHashMap<>();
    private static final List<String> SUPPORT = List.of("adapter", "trust", "access", "jsonld", "csv");
    private static final List<String> FEATURES = List.of("api", "verify", "review", "retention", "coverage");
    private static JavaClasses classes;

    static {
        for (Stage stage : Stage.values()) {
            STAGES.put(stage, new ArrayList<>(List.of(stage.id())));
        }
        STAGES.get(Stage.SERIALISE).add("profile");
        STAGES.get(Stage.RECORD).add("quarantine");
    }

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(ROOT);
    }

    private static String[] packages(List<String> names) {
        return names.stream().map(name -> ROOT + "." + name + "..").toArray(String[]::new);
    }

    static Stream<Arguments> stages() {
        return STAGES.entrySet().stream().map(entry -> Arguments.of(entry.getKey(), entry.getValue()));
    }

    @ParameterizedTest(name = "the {0} stage imports no other stage, no feature and not app")
    @MethodSource("stages")
    void aStageImportsNoOtherStageNoFeatureAndNotApp(Stage stage, List<String> own) {
        List<String> forbidden = new ArrayList<>(FEATURES);
        forbidden.add("app");
        STAGES.forEach((other, names) -> {
            if (other != stage) {
                forbidden.addAll(names);
            }
        });
        noClasses().that().resideInAnyPackage(packages(own))
                .should().dependOnClassesThat().resideInAnyPackage(packages(forbidden))
                .because("a stage answers to the root vocabulary and the support packages only; wiring lives in app")
                .check(classes);
    }

    @Test
    void theRootVocabularyAndTheSupportPackagesImportNoStageNoFeatureAndNotApp() {
        List<String> above = new ArrayList<>(FEATURES);
        above.add("app");
        STAGES.values().forEach(above::addAll);
        noClasses().that().resideInAPackage(ROOT).or().resideInAnyPackage(packages(SUPPORT))
                .should().dependOnClassesThat().resideInAnyPackage(packages(above))
                .because("the vocabulary and the support packages are what the stages stand on")
                .check(classes);
    }

    @Test
    void onlyAppImportsApp() {
        noClasses().that().resideOutsideOfPackage(ROOT + ".app..")
                .should().dependOnClassesThat().resideInAPackage(ROOT + ".app..")
                .because("app is the wiring: it knows everything, nothing knows it")
                .check(classes);
    }

    @Test
    void theTopLevelPackagesFormNoCycle() {
        ArchRule rule = slices().matching(ROOT + ".(*)..").should().beFreeOfCycles();
        rule.check(classes);
    }

    @Test
    void everyStepHasOneProcessorBeanInAPackageOfItsStage() {
        for (Step step : Step.values()) {
            List<JavaClass> beans = classes.stream()
                    .filter(c -> c.isAssignableTo(Processor.class) && c.isAnnotatedWith(Component.class))
                    .filter(c -> beanName(c).equals(step.beanName())).toList();
            assertThat(beans).as("the bean %s of gateway:%s", step.beanName(), step.id()).hasSize(1);
            String top = beans.get(0).getPackageName().substring(ROOT.length() + 1).split("\\.")[0];
            // prepare runs the adapter's own route, so its bean sits with the adapters
            String expected = step == Step.PREPARE ? "adapter" : null;
            assertThat(expected != null ? List.of(expected) : STAGES.get(step.stage()))
                    .as("the package of %s, a step of the %s stage", beans.get(0).getSimpleName(), step.stage().id()).contains(top);
        }
    }

    private static String beanName(JavaClass bean) {
        String named = bean.getAnnotationOfType(Component.class).value();
        return named.isEmpty() ? Character.toLowerCase(bean.getSimpleName().charAt(0)) + bean.getSimpleName().substring(1) : named;
    }

    @Test
    void everyPackageIsPlacedInALayer() {
        List<String> placed = new ArrayList<>(SUPPORT);
        placed.addAll(FEATURES);
        placed.add("app");
        STAGES.values().forEach(placed::addAll);
        List<String> unplaced = classes.stream().map(c -> c.getPackageName())
                .filter(name -> name.startsWith(ROOT + "."))
                .map(name -> name.substring(ROOT.length() + 1).split("\\.")[0])
                .distinct().filter(name -> !placed.contains(name)).sorted().toList();
        assertThat(unplaced).as("packages this test does not place in a layer").isEmpty();
        assertThat(Arrays.stream(Step.values()).map(Step::stage).distinct().count())
                .as("every stage has a step").isEqualTo(Stage.values().length);
    }
}
