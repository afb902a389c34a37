package eu.credentialgateway.hostile;

import eu.credentialgateway.logs.PlantedValues;

/**
 * The invented learner every document of the corpus is about: name, birth date, national identifier and e-mail are
 * planted ({@link PlantedValues}), so a log line that repeats one of them fails the corpus test.
 */
final class Learner {
    static final String GIVEN = "Zephyrine";
    static final String FAMILY = "Quellborough";
    static final String BIRTH = "1997-11-23";
    static final String ID = "NID-784512963";
    static final String EMAIL = "zephyrine.quellborough@invented.example";

    private Learner() {
    }

    static void plant() {
        PlantedValues.plant("learner given name", GIVEN);
        PlantedValues.plant("learner family name", FAMILY);
        PlantedValues.plant("learner birth date", BIRTH);
        PlantedValues.plant("learner identifier", ID);
        PlantedValues.plant("learner e-mail", EMAIL);
    }
}
