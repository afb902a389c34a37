package eu.credentialgateway.seal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.PublicKey;
import java.security.Signature;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Stock DSS failed under concurrency (a shared JSON-schema validator, PERFORMANCE-FLOORS.md). The gateway
 * shares one sealer between its worker threads: these tests seal at once from several threads, every
 * call must succeed, and every seal must verify (its JWS signature checked with the JCA, and a sample
 * with DSS itself).
 */
class SealConcurrencyTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int THREADS = 4;

    @TempDir
    static Path keys;

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = JwsAlgorithm.class, names = {"ES256", "RS256"})
    void oneSealerSharedByFourThreadsSealsEveryCredentialCorrectly(JwsAlgorithm algorithm) throws Exception {
        SealingKey key = SealingKeys.of(keys, algorithm, false);
        JadesSealer sealer = new JadesSealer(key, null, "iat");

        List<String> credentials = new ArrayList<>();
        for (int i = 0; i < THREADS * 40; i++) {
            credentials.add(JadesSealerTest.CREDENTIAL.replace("urn:epass:person:1", "urn:epass:person:" + i));
        }
        List<String> sealed = sealAtOnce(credentials, sealer::seal);

        for (int i = 0; i < sealed.size(); i++) {
            JsonNode document = JSON.readTree(sealed.get(i));
            assertThat(document.get("payload").asText()).isEqualTo(credentials.get(i));
            assertThat(jwsSignatureVerifies(document, key.certificate().getPublicKey(), algorithm)).as("seal %d", i).isTrue();
        }
        for (int i = 0; i < sealed.size(); i += 40) {
            assertThat(DssDirect.onlySignature(DssDirect.validate(sealed.get(i))).isSignatureIntact()).isTrue();
        }
    }

    @Test
    void baselineTSealsFromTwoThreadsAtOnceAllCarryTheirTimestamps() throws Exception {
        try (TimestampAuthorityStub tsa = new TimestampAuthorityStub()) {
            JadesSealer sealer = new JadesSealer(SealingKeys.of(keys, JwsAlgorithm.ES256, false), tsa.url(), "iat");
            List<String> credentials = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                credentials.add(JadesSealerTest.CREDENTIAL.replace("urn:epass:person:1", "urn:epass:person:" + i));
            }
            List<String> sealed = sealAtOnce(credentials, sealer::seal);

            assertThat(tsa.requests()).isEqualTo(2L * credentials.size());
            for (String document : sealed) {
                assertThat(JSON.readTree(document).get("signatures").get(0).get("header").get("etsiU")).hasSize(1);
            }
        }
    }

    @Test
    void verificationsFromFourThreadsAtOnceAllSucceed() throws Exception {
        JadesSealer sealer = new JadesSealer(SealingKeys.of(keys, JwsAlgorithm.ES256, false), null, "iat");
        List<String> sealed = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            String document = sealer.seal(JadesSealerTest.CREDENTIAL.replace("urn:epass:person:1", "urn:epass:person:" + i));
            sealed.add(i % 2 == 0 ? document : Tamper.oneByteOfPayload(document));
        }
        JadesVerifier verifier = new JadesVerifier(List.of(), false);

        List<String> verdicts = sealAtOnce(sealed, document -> String.valueOf(verifier.verify(document.getBytes(StandardCharsets.UTF_8)).get(0).intact()));

        for (int i = 0; i < verdicts.size(); i++) {
            assertThat(verdicts.get(i)).as("verdict %d", i).isEqualTo(String.valueOf(i % 2 == 0));
        }
    }

    interface Sealing {
        String seal(String credential) throws Exception;
    }

    /** Seals every credential, spread over {@link #THREADS} threads that start together; results in input order. */
    static List<String> sealAtOnce(List<String> credentials, Sealing sealing) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (String credential : credentials) {
                Callable<String> task = () -> {
                    start.await();
                    return sealing.seal(credential);
                };
                results.add(pool.submit(task));
            }
            start.countDown();
            List<String> sealed = new ArrayList<>();
            for (Future<String> result : results) {
                sealed.add(result.get());
            }
            return sealed;
        } finally {
            pool.shutdownNow();
        }
    }

    /** RFC 7515 + RFC 7797: the signature over ASCII(protected) '.' payload, with the JCA and nothing of DSS. */
    static boolean jwsSignatureVerifies(JsonNode document, PublicKey key, JwsAlgorithm algorithm) throws Exception {
        JsonNode signature = document.get("signatures").get(0);
        byte[] input = (signature.get("protected").asText() + "." + document.get("payload").asText()).getBytes(StandardCharsets.UTF_8);
        Signature verifier = algorithm == JwsAlgorithm.ES256 ? Signature.getInstance("SHA256withECDSAinP1363Format")
                : Signature.getInstance("SHA256withRSA");
        verifier.initVerify(key);
        verifier.update(input);
        return verifier.verify(Base64.getUrlDecoder().decode(signature.get("signature").asText()));
    }
}
