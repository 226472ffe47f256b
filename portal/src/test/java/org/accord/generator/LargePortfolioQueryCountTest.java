package org.accord.generator;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.accord.PortalTest;
import org.accord.agreement.AgreementFilter;
import org.accord.agreement.AgreementStatus;
import org.accord.agreement.Agreements;
import org.accord.initiative.InitiativeFilter;
import org.accord.initiative.InitiativePortfolio;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

/** DESIGN.md §8: one page of a list costs a few statements, however large the page and whatever the filter. */
@PortalTest
@WithUserDetails("pm.us")
class LargePortfolioQueryCountTest {

    /**
     * The initiatives, their lead agencies, current leads and the leads' names, the parties and agencies, and the
     * count: 7; the agreement filter adds the agreement's commitments to the page and to the count.
     */
    static final int MAX_STATEMENTS_PER_PAGE = 9;
    static final int MAX_STATEMENTS_PER_AGREEMENTS_PAGE = 2;
    static final List<Integer> PAGE_SIZES = List.of(10, 50, 200);

    @Autowired
    PortfolioGenerator generator;
    @Autowired
    InitiativePortfolio portfolio;
    @Autowired
    Agreements agreements;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EntityManagerFactory entityManagerFactory;

    StatementCounter statements;

    @BeforeEach
    void largePortfolio() {
        LargePortfolio.ensure(generator);
        statements = new StatementCounter(entityManagerFactory);
    }

    @Test
    void onePageOfInitiativesWithItsCountTakesTheSameFewStatementsForEveryPageSizeAndFilter() {
        Map<String, Map<Integer, Long>> counts = new LinkedHashMap<>();
        LargePortfolio.filters(jdbc).forEach((name, filter) -> {
            assertThat(portfolio.count(filter)).as(name + " matches generated initiatives").isPositive();
            // The node's copies of parties and agencies are read by whoever comes first after they changed.
            portfolio.page(filter, PageRequest.of(0, PAGE_SIZES.getFirst()));
            for (int size : PAGE_SIZES) {
                long used = statements.count(() -> {
                    portfolio.page(filter, PageRequest.of(0, size));
                    portfolio.count(filter);
                });
                counts.computeIfAbsent(name, key -> new LinkedHashMap<>()).put(size, used);
            }
        });

        assertThat(counts).allSatisfy((name, bySize) ->
                assertThat(bySize.values()).as("statements for filter '%s' by page size %s", name, bySize)
                        .allMatch(used -> used <= MAX_STATEMENTS_PER_PAGE)
                        .containsOnly(bySize.get(PAGE_SIZES.getFirst())));
    }

    @Test
    void onePageOfAgreementsWithItsCountTakesTheSameFewStatementsForEveryPageSize() {
        for (AgreementFilter filter : List.of(AgreementFilter.all(), new AgreementFilter("gen-a0", null, null),
                new AgreementFilter(null, null, AgreementStatus.IN_FORCE))) {
            Map<Integer, Long> bySize = new LinkedHashMap<>();
            for (int size : PAGE_SIZES) {
                bySize.put(size, statements.count(() -> {
                    agreements.page(filter, PageRequest.of(0, size));
                    agreements.count(filter);
                }));
            }
            assertThat(bySize.values()).as("statements for %s by page size %s", filter, bySize)
                    .allMatch(used -> used <= MAX_STATEMENTS_PER_AGREEMENTS_PAGE)
                    .containsOnly(bySize.get(PAGE_SIZES.getFirst()));
        }
    }
}
