package eu.credentialgateway;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Every {@code gateway:<step>} endpoint a route may call, with the {@link Stage} it belongs to. A stage is one of the
 * nine parts of the pipeline (what a finding blames); a step is one processor in it (what a route calls, what a
 * receipt traces and what the {@code gateway.step} timer counts): the check stage has a step per signature kind, the
 * serialise stage a step for the output profile. Each step is run by the Spring bean {@link #beanName()}.
 */
public enum Step {
    /** Reads the input, gives it an id, notices a duplicate. */
    INGEST("ingest", Stage.INGEST),
    /** Splits a CSV or XLSX file into one exchange per data row. */
    BATCH_ROWS("batchRows", Stage.INGEST),
    /** Writes a batch file's summary once its rows are done. */
    BATCH_END("batchEnd", Stage.INGEST),
    /** Chooses the delivery targets first, so a bad target list refuses the input before any work, and later steps know them. */
    TARGETS("targets", Stage.DELIVER),
    /** Runs the format's own pre-steps (route {@code direct:<format>-prepare}), when its adapter has them. */
    PREPARE("prepare", Stage.CHECK),
    /** Refuses an unsigned input of a format that must come signed by a trusted signer. */
    TRUST_POLICY("trustPolicy", Stage.CHECK),
    /** The format's generic checks: well-formed, bounded, the adapter's rules. */
    CHECK("check", Stage.CHECK),
    /** A CSV or XLSX batch file's header line, before any row. */
    CSV_HEADER("csvHeader", Stage.CHECK),
    /** One CSV or XLSX row against the adapter's column rules. */
    CSV_ROW("csvRow", Stage.CHECK),
    /** The adapter's JSON rules ({@code <format>.rules.properties}). */
    JSON_RULES("jsonRules", Stage.CHECK),
    /** A W3C Data Integrity proof on a JSON-LD credential. */
    DATA_INTEGRITY("dataIntegrity", Stage.CHECK),
    /** An Open Badges 2.0 hosted assertion's verification. */
    HOSTED_VERIFICATION("hostedVerification", Stage.CHECK),
    /** A JWS (compact or JSON) signature around the input. */
    JWS_SIGNATURE("jwsSignature", Stage.CHECK),
    /** A VC-JWT (Open Badges 3.0, CLR 2.0) signature. */
    VC_JWT("vcJwt", Stage.CHECK),
    /** A legacy EDC XML's XAdES seal. */
    XADES_SEAL("xadesSeal", Stage.CHECK),
    /** The adapter's declarative mapping to an ELM graph. */
    MAP("map", Stage.MAP),
    /** ESCO, EQF, ISCED-F, country and language alignment. */
    ALIGN("align", Stage.ALIGN),
    /** Values no real credential holds (credits, dates, grades, binary content, text). */
    SANITY("sanity", Stage.VALIDATE),
    /** The ELM SHACL shapes. */
    VALIDATE("validate", Stage.VALIDATE),
    /** The EDC JSON-LD document. */
    SERIALISE("serialise", Stage.SERIALISE),
    /** The requested output profile's form (EDC JSON-LD, EBSI VCDM 2.0, OB 3.0, Turtle, N-Quads). */
    PROFILE("profile", Stage.SERIALISE),
    /** The profile's seal (JAdES, JWT) or none. */
    SEAL("seal", Stage.SEAL),
    /** Stores the credential with one delivery task per target (transactional outbox). */
    DELIVER("deliver", Stage.DELIVER),
    /** Writes the input's outcome (the {@code outcome} option) to the audit trail. */
    RECORD("record", Stage.RECORD),
    /** Keeps a failed input's original bytes and reasons (the error route). */
    QUARANTINE("quarantine", Stage.RECORD);

    private final String id;
    private final Stage stage;

    Step(String id, Stage stage) {
        this.id = id;
        this.stage = stage;
    }

    /** The name in {@code gateway:<id>}, on receipts and on the {@code step} metric tag. */
    public String id() {
        return id;
    }

    /** The pipeline stage the step belongs to. */
    public Stage stage() {
        return stage;
    }

    /** The Spring bean that runs the step: {@code <id>Stage}. */
    public String beanName() {
        return id + "Stage";
    }

    /** The step named {@code id}; an unknown name fails, listing the valid ones. */
    public static Step of(String id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException("unknown gateway step '" + LogValues.safe(id, 80)
                + "'; the steps are: " + Arrays.stream(values()).map(Step::id).collect(Collectors.joining(", "))));
    }

    /** The step named {@code id}, if there is one. */
    public static Optional<Step> find(String id) {
        return Arrays.stream(values()).filter(step -> step.id.equals(id)).findFirst();
    }
}
