package org.accord.portal.startup;

import org.accord.generator.GeneratedPortfolio;
import org.accord.generator.GeneratorSettings;
import org.accord.generator.PortfolioGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** With {@code accord.generate.portfolio=true}: a large generated portfolio, to try the portal at scale. */
@Component
@Order(FirstStart.ORDER + 1)
@ConditionalOnBooleanProperty("accord.generate.portfolio")
class PortfolioGeneratorStart implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(PortfolioGeneratorStart.class);

    private final PortfolioGenerator generator;
    private final GeneratorSettings settings;
    private final String password;

    PortfolioGeneratorStart(PortfolioGenerator generator, @Value("${accord.generate.agreements}") int agreements,
                            @Value("${accord.generate.initiatives}") int initiatives,
                            @Value("${accord.generate.leads-per-party}") int leadsPerParty,
                            @Value("${accord.generate.milestones-per-initiative}") int milestonesPerInitiative,
                            @Value("${accord.generate.quarters}") int quarters,
                            @Value("${accord.generate.seed}") long seed,
                            @Value("${accord.generate.liaisons-per-party:300}") int liaisonsPerParty,
                            @Value("${accord.generate.tasks-per-initiative:100}") int tasksPerInitiative,
                            @Value("${accord.demo.password}") String password) {
        this.generator = generator;
        this.settings = new GeneratorSettings(agreements, initiatives, leadsPerParty, milestonesPerInitiative,
                quarters, seed, liaisonsPerParty, tasksPerInitiative);
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        GeneratedPortfolio generated = generator.generate(settings, password);
        if (generated.wroteAnything()) {
            log.info("Generated portfolio (seed {}): {}", settings.seed(), generated.describe());
        } else {
            log.info("Generated portfolio: already in the database, nothing added");
        }
    }
}
