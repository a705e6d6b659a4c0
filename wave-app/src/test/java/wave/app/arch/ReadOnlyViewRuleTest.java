package wave.app.arch;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;

/**
 * Proves that {@link LayeringTest#STRATEGIES_SEE_ONLY_READ_ONLY_VIEWS} bites: test-only strategies, imported on their
 * own with a {@link ClassFileImporter}, are flagged for each way past the views to a mutator, and a strategy that
 * keeps to the views is not.
 */
class ReadOnlyViewRuleTest {

    private static String violations(Class<?>... classes) {
        JavaClasses imported = new ClassFileImporter().importClasses(classes);
        EvaluationResult result = LayeringTest.STRATEGIES_SEE_ONLY_READ_ONLY_VIEWS.evaluate(imported);
        assertThat(result.hasViolation()).isTrue();
        return String.join("\n", result.getFailureReport().getDetails());
    }

    @Test
    void portfolioMutatorsReachedThroughACastAreFlagged() {
        assertThat(violations(ReadOnlyViewFixtures.PortfolioCastStrategy.class))
                .contains("wave.domain.portfolio.Portfolio.applyDividend(")
                .contains("wave.domain.portfolio.Portfolio.deposit(");
    }

    @Test
    void markingThePositionIsFlagged() {
        assertThat(violations(ReadOnlyViewFixtures.PositionMarkStrategy.class))
                .contains("wave.domain.portfolio.Position.mark(long)");
    }

    @Test
    void castingTheOrderViewBackToTheOrderIsFlagged() {
        assertThat(violations(ReadOnlyViewFixtures.OrderCastStrategy.class))
                .contains("wave.domain.order.Order.checkUpdate(");
    }

    @Test
    void theOrderManagerAndTheKernelAreFlaggedEvenFromANestedHelper() {
        assertThat(violations(ReadOnlyViewFixtures.EngineHandleStrategy.class,
                ReadOnlyViewFixtures.EngineHandleStrategy.Helper.class))
                .contains("wave.engine.order.OrderManager.cancel(")
                .contains("wave.engine.kernel.Kernel.portfolio()")
                .contains(ReadOnlyViewFixtures.EngineHandleStrategy.Helper.class.getName() + ".topUp(");
    }

    @Test
    void readingThroughTheViewsIsAllowed() {
        JavaClasses imported = new ClassFileImporter().importClasses(ReadOnlyViewFixtures.ViewsOnlyStrategy.class);
        EvaluationResult result = LayeringTest.STRATEGIES_SEE_ONLY_READ_ONLY_VIEWS.evaluate(imported);

        assertThat(result.hasViolation()).as(result.getFailureReport().toString()).isFalse();
    }
}
