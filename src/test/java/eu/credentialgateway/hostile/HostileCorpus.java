package eu.credentialgateway.hostile;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The hostile corpus: every case built in code, deterministically (no randomness; the one signing key comes from a
 * fixed seed), over every input format and every endpoint that takes input; plus a few good controls that prove the
 * documents the cases are made from convert. The expected answers are in {@code test-data/hostile/manifest.tsv}.
 */
final class HostileCorpus {
    private HostileCorpus() {
    }

    /** Every case, hostile and control, in a fixed order; {@code maxSize} is the test gateway's body bound. */
    static List<HostileCase> all(long maxSize) {
        List<HostileCase> cases = new ArrayList<>(controls());
        cases.addAll(XmlCases.all());
        // the same attacks without ?format=: the format detector reads the head of the document first
        cases.add(XmlCases.markup("elmo", XmlCases.goodElmo(), "elmo").get(0).detected());
        cases.add(XmlCases.markup("elmo", XmlCases.goodElmo(), "elmo").get(2).detected());
        cases.addAll(JsonCases.all());
        cases.addAll(JwtCases.all());
        cases.addAll(TabularCases.all());
        cases.addAll(EndpointCases.all(maxSize));
        Set<String> names = new HashSet<>();
        for (HostileCase c : cases) {
            if (!names.add(c.name())) {
                throw new IllegalStateException("two cases named " + c.name());
            }
        }
        return cases;
    }

    /** The good documents the hostile ones are made from: each must convert (200). */
    static List<HostileCase> controls() {
        String didKid = "{\"alg\":\"EdDSA\",\"typ\":\"JWT\",\"kid\":\"" + Jws.DID + "\"}";
        List<HostileCase> controls = new ArrayList<>();
        controls.add(HostileCase.conversion("elmo", "control", "application/xml", XmlCases.goodElmo()));
        controls.add(HostileCase.conversion("edc-xml", "control", "application/xml", XmlCases.goodEdc()));
        controls.add(HostileCase.conversion("edc-xml", "control-sealed", "application/xml", XmlCases.read("test-data/edc-xml/sealed-valid/input.xml")));
        controls.add(HostileCase.conversion("openbadges-v2", "control", "application/json", JsonCases.write(JsonCases.goodOb2())));
        controls.add(HostileCase.conversion("openbadges-v3", "control", "application/json", JsonCases.write(JsonCases.goodOb3())));
        controls.add(HostileCase.conversion("clr-v2", "control", "application/json", JsonCases.write(JsonCases.goodClr())));
        controls.add(HostileCase.conversion("vc-jwt", "control", "application/jwt",
                Jws.eddsa(didKid, "{\"vc\":" + JsonCases.write(JsonCases.goodOb3()) + "}")));
        controls.add(HostileCase.conversion("csv", "control", "text/csv", TabularCases.HEADER + "\n" + TabularCases.csvLine(TabularCases.GOOD)));
        controls.add(HostileCase.conversion("xlsx", "control", TabularCases.XLSX, eu.credentialgateway.ingest.HandMadeWorkbook.of(
                TabularCases.headRow() + TabularCases.sheetRow(2, TabularCases.GOOD), null)));
        return controls;
    }
}
