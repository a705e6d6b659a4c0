package wave.app.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.AccessTarget;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaConstructor;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Set;
import wave.engine.strategy.PortfolioStrategy;
import wave.engine.strategy.Strategy;
import wave.engine.strategy.StrategyBase;

/**
 * The layers of ARCHITECTURE.md, checked on the production classes of every module on wave-app's class path
 * (wave-app depends on all of them): the domain depends on nothing, indicators on nothing but themselves, the
 * engine on no adapter or client module (the store included), data and research not on the engine, the store not
 * on the engine or the app, the risk engine only on the domain, the engine and config documents, the alerts only on
 * the domain (and the mail library), and strategies see
 * only the strategy API, indicators and the domain. Strategy code never
 * reads the wall clock, and reaches the account and its orders only through read-only views.
 */
@AnalyzeClasses(packages = "wave", importOptions = {ImportOption.DoNotIncludeTests.class, LayeringTest.DoNotIncludeTestJars.class})
public class LayeringTest {

    /** Leaves out the test fixtures other modules share as test jars (wave-store's database, wave-llm's model server). */
    public static final class DoNotIncludeTestJars implements ImportOption {
        @Override
        public boolean includes(Location location) {
            return !location.contains("-tests.jar");
        }
    }

    @ArchTest
    static final ArchRule DOMAIN_DEPENDS_ON_NOTHING = classes().that().resideInAPackage("wave.domain..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "wave.domain..")
            .because("the domain depends on nothing (ARCHITECTURE.md, principle 8)");

    @ArchTest
    static final ArchRule INDICATORS_DEPEND_ON_NOTHING = classes().that().resideInAPackage("wave.indicators..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "wave.indicators..")
            .because("indicators are plain math over primitives, reusable anywhere");

    @ArchTest
    static final ArchRule INDICATOR_BUILDING_BLOCKS_STAY_INSIDE = noClasses().that().resideOutsideOfPackage("wave.indicators..")
            .should().dependOnClassesThat().resideInAPackage("wave.indicators.window..")
            .because("the running windows and averages in wave.indicators.window are shared by the indicator "
                    + "sub-packages, not an API: they are public only because Java has no sub-package access");

    @ArchTest
    static final ArchRule ENGINE_IMPORTS_NO_ADAPTER = noClasses().that().resideInAPackage("wave.engine..")
            .should().dependOnClassesThat()
            .resideInAnyPackage("wave.data..", "wave.research..", "wave.strategies..", "wave.store..", "wave.app..")
            .because("the engine never imports an adapter, a research tool, a strategy, the store or the app");

    @ArchTest
    static final ArchRule ENGINE_AND_STRATEGIES_DO_NOT_REACH_THE_STORE = noClasses()
            .that().resideInAnyPackage("wave.engine..", "wave.strategies..", "wave.spec..", "wave.indicators..", "wave.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("wave.store..", "org.jdbi..", "org.flywaydb..", "java.sql..")
            .because("the store is an adapter: the kernel, strategies and the domain never see it or SQL (ARCHITECTURE.md, principle 8)");

    @ArchTest
    static final ArchRule STORE_STAYS_OFF_THE_KERNEL_AND_THE_APP = noClasses().that().resideInAPackage("wave.store..")
            .should().dependOnClassesThat()
            .resideInAnyPackage("wave.engine..", "wave.strategies..", "wave.spec..", "wave.app..")
            .because("the store keeps values of the domain (and later of data and research); whatever implements an engine "
                    + "port on it lives in a module that depends on both, so every module can use the store");

    @ArchTest
    static final ArchRule DATA_AND_RESEARCH_STAY_OFF_THE_ENGINE = noClasses()
            .that().resideInAnyPackage("wave.data..", "wave.research..")
            .should().dependOnClassesThat().resideInAnyPackage("wave.engine..", "wave.strategies..", "wave.app..")
            .because("data and research work on bars and equity curves, not on the kernel");

    @ArchTest
    static final ArchRule STRATEGIES_SEE_ONLY_THE_STRATEGY_API = classes().that().resideInAPackage("wave.strategies..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "wave.domain..", "wave.indicators..",
                    "wave.engine.strategy..", "wave.engine.order..", "wave.strategies..")
            .because("strategies see only the strategy API, indicators and the domain (ARCHITECTURE.md, principle 8)");

    @ArchTest
    static final ArchRule RISK_SITS_ON_THE_ENGINE = classes().that().resideInAPackage("wave.risk..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "wave.domain..", "wave.engine..",
                    "wave.config..", "wave.risk..", "com.fasterxml.jackson..")
            .because("the risk engine is a pre-trade stage of the kernel, configured from checked documents; "
                    + "the app wires it, never the other way round");

    @ArchTest
    static final ArchRule LLM_ANALYST_SITS_ON_THE_DOMAIN_ONLY = classes().that().resideInAPackage("wave.llm..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "wave.domain..", "wave.llm..",
                    "wave.config..", "wave.indicators..", "dev.langchain4j..", "de.kherud.llama..", "com.fasterxml.jackson..",
                    "com.networknt.schema..")
            .because("the analyst gives advice, never orders: no path leads from it to the engine, an execution "
                    + "client or the app (issue 13: the LLM never decides alone); it reads its [llm] table as checked "
                    + "documents (wave.config), as the risk engine reads [risk], and its prompt builder quotes "
                    + "indicator values that Wave computes (wave.indicators: plain math, no state of the kernel); "
                    + "llama.cpp's bindings run an embedded GGUF model");

    @ArchTest
    static final ArchRule NOTHING_BELOW_THE_APP_REACHES_THE_ANALYST = noClasses()
            .that().resideInAnyPackage("wave.domain..", "wave.engine..", "wave.config..", "wave.data..",
                    "wave.strategies..", "wave.spec..", "wave.risk..", "wave.store..")
            .should().dependOnClassesThat().resideInAPackage("wave.llm..")
            .because("advice reaches trading only as signals gated by the combiner and the risk engine, wired by the app");

    @ArchTest
    static final ArchRule ALERTS_SIT_ON_THE_DOMAIN_ONLY = classes().that().resideInAPackage("wave.alerts..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "wave.domain..", "wave.alerts..",
                    "jakarta.mail..")
            .because("alerts are an outbound adapter: they format domain events and talk to webhooks and mail servers "
                    + "(JDK HTTP client, Jakarta Mail); the app wires them to the kernel, never the other way round");

    @ArchTest
    static final ArchRule NOTHING_BELOW_THE_APP_REACHES_THE_ALERTS = noClasses()
            .that().resideInAnyPackage("wave.domain..", "wave.engine..", "wave.config..", "wave.data..",
                    "wave.strategies..", "wave.spec..", "wave.risk..", "wave.store..")
            .should().dependOnClassesThat().resideInAPackage("wave.alerts..")
            .because("the kernel raises alerts only through a KernelListener the app attaches; a hung channel must "
                    + "never be reachable from trading code");

    @ArchTest
    static final ArchRule NOTHING_BELOW_THE_APP_REACHES_THE_RISK_ENGINE = noClasses()
            .that().resideInAnyPackage("wave.domain..", "wave.engine..", "wave.config..", "wave.data..", "wave.strategies..")
            .should().dependOnClassesThat().resideInAPackage("wave.risk..")
            .because("the kernel sees the risk engine only through its PreTradeCheck and KernelListener ports");

    @ArchTest
    static final ArchRule CONFIG_DOCUMENTS_DEPEND_ON_NO_WAVE_MODULE = classes().that().resideInAPackage("wave.config..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "wave.config..", "com.fasterxml.jackson..",
                    "com.networknt.schema..")
            .because("reading checked documents is reused by any module (the spec module, the app's wave.toml)");

    @ArchTest
    static final ArchRule CONFIG_LOADING_KNOWS_NO_COMMAND_LINE = noClasses().that().resideInAPackage("wave.app.config..")
            .should().dependOnClassesThat().resideInAnyPackage("picocli..", "wave.app.cli..")
            .because("wave.toml is loaded the same way by the CLI and by the server and runners that come later");

    @ArchTest
    static final ArchRule PAPER_SESSIONS_KNOW_NO_COMMAND_LINE = noClasses()
            .that().resideInAnyPackage("wave.app.paper..", "wave.app.journal..")
            .should().dependOnClassesThat().resideInAnyPackage("picocli..", "wave.app.cli..")
            .because("a paper session, its journal and its control endpoint are started the same way by the CLI and by the "
                    + "server and runners that come later");

    /** Calls that read the wall clock (every overload), per ARCHITECTURE.md principle 4. */
    static final DescribedPredicate<JavaCall<?>> READS_THE_WALL_CLOCK = DescribedPredicate.describe(
            "read the wall clock (Instant.now, System.currentTimeMillis, System.nanoTime, LocalDate.now, "
                    + "LocalDateTime.now, LocalTime.now, ZonedDateTime.now, OffsetDateTime.now, OffsetTime.now, "
                    + "Year.now, YearMonth.now, MonthDay.now, Clock.system*, InstantSource.system, "
                    + "Calendar.getInstance, new Date())",
            LayeringTest::readsTheWallClock);

    private static final Set<String> JAVA_TIME_WITH_NOW = Set.of("java.time.Instant", "java.time.LocalDate",
            "java.time.LocalDateTime", "java.time.LocalTime", "java.time.ZonedDateTime", "java.time.OffsetDateTime",
            "java.time.OffsetTime", "java.time.Year", "java.time.YearMonth", "java.time.MonthDay");

    static boolean readsTheWallClock(JavaCall<?> call) {
        AccessTarget.CodeUnitCallTarget target = call.getTarget();
        String owner = target.getOwner().getName();
        String name = target.getName();
        if (JAVA_TIME_WITH_NOW.contains(owner)) {
            return name.equals("now");
        }
        return switch (owner) {
            case "java.lang.System" -> name.equals("currentTimeMillis") || name.equals("nanoTime");
            case "java.time.Clock" -> name.startsWith("system");
            case "java.time.InstantSource" -> name.equals("system");
            case "java.util.Calendar" -> name.equals("getInstance");
            case "java.util.Date" -> name.equals(JavaConstructor.CONSTRUCTOR_NAME) && target.getRawParameterTypes().isEmpty();
            default -> false;
        };
    }

    /**
     * Strategy code: subclasses of {@link StrategyBase} (single-instrument and portfolio strategies, and the bases),
     * classes nested in them, and everything in wave.strategies.
     */
    static final DescribedPredicate<JavaClass> STRATEGY_CODE = DescribedPredicate.describe(
            "are strategy code (assignable to " + StrategyBase.class.getName() + ", nested in such a class, or in wave.strategies..)",
            LayeringTest::isStrategyCode);

    static boolean isStrategyCode(JavaClass c) {
        if (c.getPackageName().equals("wave.strategies") || c.getPackageName().startsWith("wave.strategies.")) {
            return true;
        }
        for (JavaClass k = c; k != null; k = k.getEnclosingClass().orElse(null)) {
            if (k.isAssignableTo(Strategy.class) || k.isAssignableTo(PortfolioStrategy.class)
                    || k.isAssignableTo(StrategyBase.class)) {
                return true;
            }
        }
        return false;
    }

    @ArchTest
    static final ArchRule STRATEGIES_DO_NOT_READ_THE_WALL_CLOCK = noClasses().that(STRATEGY_CODE)
            .should().callCodeUnitWhere(READS_THE_WALL_CLOCK)
            .because("time comes from the kernel's clock (Strategy.nowNanos()), so backtest, paper and live agree "
                    + "(ARCHITECTURE.md, principle 4)");

    /** Strategy code as the read-only-view rule sees it: {@link #STRATEGY_CODE} and the strategy specs (wave.spec..). */
    static final DescribedPredicate<JavaClass> STRATEGY_OR_SPEC_CODE = STRATEGY_CODE
            .or(JavaClass.Predicates.resideInAPackage("wave.spec.."))
            .as("are strategy code (assignable to %s, nested in such a class, in wave.strategies.. or wave.spec..)",
                    Strategy.class.getName());

    /** The mutable account and order classes, and the engine parts that mutate them. */
    private static final Set<String> MUTABLE_STATE = Set.of("wave.domain.portfolio.Portfolio",
            "wave.domain.portfolio.Position", "wave.domain.portfolio.CashLedger", "wave.domain.portfolio.TradeTracker",
            "wave.domain.portfolio.FxRates", "wave.domain.order.Order", "wave.engine.order.OrderManager");

    private static final DescribedPredicate<JavaClass> IN_KERNEL_OR_VENUE =
            JavaClass.Predicates.resideInAnyPackage("wave.engine.kernel..", "wave.engine.execution..", "wave.engine.port..");

    static final DescribedPredicate<JavaClass> MUTATORS = DescribedPredicate.describe(
            "are the mutable account or orders (Portfolio, Position, CashLedger, TradeTracker, FxRates, Order), "
                    + "the OrderManager, or in the kernel, the venue or its ports (wave.engine.kernel.., "
                    + "wave.engine.execution.., wave.engine.port..)",
            c -> MUTABLE_STATE.contains(c.getName()) || IN_KERNEL_OR_VENUE.test(c));

    @ArchTest
    static final ArchRule STRATEGIES_SEE_ONLY_READ_ONLY_VIEWS = noClasses().that(STRATEGY_OR_SPEC_CODE)
            .should().dependOnClassesThat(MUTATORS)
            .because("strategies see the account, positions and orders through read-only views (PortfolioView, "
                    + "PositionView, OrderView); only the kernel and the OrderManager change them (ARCHITECTURE.md)");

    /** The rules above are only meaningful if every module's production classes were imported, and no test class. */
    @ArchTest
    static void importsTheProductionClassesOfEveryModule(JavaClasses classes) {
        for (String name : new String[] {"wave.domain.money.FixedPoint", "wave.indicators.average.Sma", "wave.data.csv.CsvImporters",
                "wave.engine.strategy.Strategy", "wave.engine.backtest.Backtest", "wave.research.metrics.PerformanceMetrics",
                "wave.strategies.SmaCross", "wave.strategies.BundledStrategies", "wave.spec.SpecStrategy", "wave.store.Store",
                "wave.store.runs.RunRepository", "wave.app.cli.WaveCli", "wave.llm.Advice", "wave.llm.ChatAnalyst",
                "wave.alerts.ChannelWorker", "wave.engine.algo.ParentOrder", "wave.domain.tax.TaxLotLedger"}) {
            assertThat(classes.contain(name)).as("imported %s", name).isTrue();
        }
        assertThat(classes.contain(LayeringTest.class)).as("test classes are excluded").isFalse();
        assertThat(classes.contain("wave.llm.FakeLlmServer")).as("shared test fixtures are excluded").isFalse();
        long strategies = classes.stream().filter(c -> c.getPackageName().equals("wave.strategies"))
                .filter(c -> c.isAssignableTo(Strategy.class)).count();
        assertThat(strategies).as("bundled strategy classes seen by the wall-clock rule").isGreaterThanOrEqualTo(7);
    }
}
