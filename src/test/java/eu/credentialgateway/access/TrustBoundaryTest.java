package eu.credentialgateway.access;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JOSEObjectType;
import eu.credentialgateway.GatewayDataFolders;
import eu.credentialgateway.app.GatewayApplication;
import eu.credentialgateway.logs.PlantedValues;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.AntPathMatcher;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

/**
 * The trust boundary as a caller meets it: a real HTTP server, the first admin key from its file, keys made and
 * revoked through the API, and bearer tokens from a real OpenID Connect provider on loopback (mock-oauth2-server:
 * discovery, JWKS, token endpoint), checked for role mapping, expiry, audience and issuer.
 */
@SpringBootTest(classes = GatewayApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TrustBoundaryTest {
    static final Path data = Path.of("target", "trust-boundary", UUID.randomUUID().toString());
    static final MockOAuth2Server OIDC = new MockOAuth2Server();
    static final String AUDIENCE = "credential-gateway-test";
    static final String BADGE = "test-data/openbadges-v3/esco-alignments/input.json";
    static final ObjectMapper JSON = new ObjectMapper();

    static {
        try {
            OIDC.start(InetAddress.getByName("127.0.0.1"), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @DynamicPropertySource
    static void gateway(DynamicPropertyRegistry registry) {
        GatewayDataFolders.register(registry, data, "trust-boundary");
        registry.add("gateway.security.oidc.issuer-uri", () -> OIDC.issuerUrl("agency").toString());
        registry.add("gateway.security.oidc.audience", () -> AUDIENCE);
        registry.add("gateway.security.oidc.client-id", () -> AUDIENCE);
    }

    /** After every group: no key, token or planted learner datum of this class's calls reached a log line. */
    @AfterAll
    static void stopOidcAndScanTheLogs() {
        OIDC.shutdown();
        PlantedValues.assertNoLeaks();
    }

    final HttpClient http = HttpClient.newHttpClient();
    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;

    HttpResponse<String> call(String method, String path, Map<String, String> headers, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        headers.forEach(request::header);
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> withKey(String key, String method, String path, String body) throws Exception {
        return call(method, path, key == null ? Map.of("Content-Type", "application/json")
                : Map.of("X-API-Key", key, "Content-Type", "application/json"), body);
    }

    HttpResponse<String> withToken(String token, String method, String path, String body) throws Exception {
        return call(method, path, Map.of("Authorization", "Bearer " + token, "Content-Type", "application/json"), body);
    }

    static String admin() {
        return PlantedValues.plant("admin API key", GatewayDataFolders.adminKey(data));
    }

    static void problem(HttpResponse<String> response, int status, String code) throws IOException {
        assertThat(response.statusCode()).as(response.request().method() + " " + response.uri() + ": " + response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("code").asText()).isEqualTo(code);
    }

    /** Makes a key through the API as the admin; returns {id, key}. */
    JsonNode makeKey(String body) throws Exception {
        HttpResponse<String> made = withKey(admin(), "POST", "/api/v1/api-keys", body);
        assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
        JsonNode key = JSON.readTree(made.body());
        PlantedValues.plant("API key", key.get("key").asText());
        return key;
    }

    HttpResponse<String> convertBadge(String key, String query) throws Exception {
        return withKey(key, "POST", "/api/v1/conversions" + query, Files.readString(Path.of(BADGE)));
    }

    @Nested
    class Anonymous {
        @Test
        void getsProblem401OnEveryOperatorApi() throws Exception {
            problem(withKey(null, "POST", "/api/v1/conversions", "{}"), 401, "unauthenticated");
            problem(withKey(null, "GET", "/api/v1/deliveries", null), 401, "unauthenticated");
            problem(withKey(null, "GET", "/api/v1/inputs/" + UUID.randomUUID(), null), 401, "unauthenticated");
            problem(withKey(null, "POST", "/api/v1/reviews/" + UUID.randomUUID() + "/accept", "{\"uri\":\"x\"}"), 401, "unauthenticated");
            problem(withKey(null, "GET", "/actuator/prometheus", null), 401, "unauthenticated");
            problem(withKey(null, "GET", "/api/v1/actions", null), 401, "unauthenticated");
            problem(withKey(null, "GET", "/api/v1/api-keys", null), 401, "unauthenticated");
        }

        @Test
        void aKeyThatIsNotOneGets401NotAnonymousAccess() throws Exception {
            problem(withKey(PlantedValues.plant("unknown API key", "cgk_" + "Q".repeat(43)), "GET", "/api/v1/deliveries", null),
                    401, "unauthenticated");
            problem(withKey(PlantedValues.plant("malformed API key", "not-even-a-key"), "GET", "/actuator/health", null), 401, "unauthenticated");
        }

        @Test
        void seesTheHealthStatusButNoComponents() throws Exception {
            HttpResponse<String> health = withKey(null, "GET", "/actuator/health", null);
            assertThat(health.statusCode()).isEqualTo(200);
            JsonNode body = JSON.readTree(health.body());
            assertThat(body.get("status").asText()).isIn("UP", "DEGRADED");
            assertThat(body.has("components")).as(health.body()).isFalse();
            assertThat(body.has("details")).isFalse();

            JsonNode detailed = JSON.readTree(withKey(admin(), "GET", "/actuator/health", null).body());
            assertThat(detailed.get("components").has("db")).isTrue();
        }

        @Test
        void readsTheWalletIssuerMetadata() throws Exception {
            HttpResponse<String> metadata = withKey(null, "GET", "/.well-known/openid-credential-issuer", null);
            assertThat(metadata.statusCode()).as(metadata.body()).isEqualTo(200);
            assertThat(JSON.readTree(metadata.body()).has("credential_endpoint")).isTrue();
            assertThat(withKey(null, "GET", "/.well-known/oauth-authorization-server", null).statusCode()).isEqualTo(200);
        }

        /** Every endpoint Spring maps, from its handler mappings: anonymous gets 401 unless the path is on the open list. */
        @Test
        void reachesNoMappedEndpointOffTheOpenList() throws Exception {
            AntPathMatcher matcher = new AntPathMatcher();
            List<String> open = new ArrayList<>(OpenEndpoints.WALLET);
            open.addAll(OpenEndpoints.OTHERS);
            Set<String> walked = new TreeSet<>();
            List<String> leaks = new ArrayList<>();
            for (RequestMappingInfoHandlerMapping mapping : context.getBeansOfType(RequestMappingInfoHandlerMapping.class).values()) {
                for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
                    Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
                    for (String pattern : info.getDirectPaths().isEmpty() ? info.getPatternValues() : info.getDirectPaths()) {
                        String path = concrete(pattern);
                        for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET, RequestMethod.POST) : methods) {
                            HttpResponse<String> answer = withKey(null, method.name(), path, "{}");
                            walked.add(method + " " + path);
                            boolean listedOpen = open.stream().anyMatch(p -> matcher.match(p, path));
                            if (answer.statusCode() != 401 && !listedOpen) {
                                leaks.add(method + " " + path + " answered " + answer.statusCode());
                            }
                            if (answer.statusCode() == 401 && !listedOpen) {
                                problem(answer, 401, "unauthenticated");
                            }
                        }
                    }
                }
            }
            assertThat(walked).as("the walk found the operator APIs").contains("POST /api/v1/conversions", "GET /api/v1/deliveries",
                    "POST /api/v1/api-keys", "GET /actuator/info");
            assertThat(leaks).as("endpoints anyone can reach without being on OpenEndpoints").isEmpty();
        }

        private String concrete(String pattern) {
            return pattern.replaceAll("\\{\\*[^}]+}", "x").replaceAll("\\{[^}]+}", UUID.randomUUID().toString())
                    .replace("/**", "/x").replace("*", "x");
        }
    }

    @Nested
    class ApiKeys {
        @Test
        void theFirstAdminKeyIsOwnerOnlyAndConverts() throws Exception {
            Path file = GatewayDataFolders.adminKeyFile(data);
            assertThat(Files.getPosixFilePermissions(file)).containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
            HttpResponse<String> converted = convertBadge(admin(), "?format=openbadges-v3");
            assertThat(converted.statusCode()).as(converted.body()).isEqualTo(200);
            String input = converted.headers().firstValue("X-Gateway-Input-Id").orElseThrow();
            JsonNode receipt = JSON.readTree(withKey(admin(), "GET", "/api/v1/inputs/" + input, null).body());
            assertThat(receipt.toString()).contains("\"submittedBy\":\"key:");
        }

        @Test
        void aSubmitterConvertsButReadsNothingElse() throws Exception {
            JsonNode made = makeKey("{\"name\":\"registrar upload\",\"roles\":[\"submitter\"]}");
            String key = made.get("key").asText();
            assertThat(key).startsWith("cgk_");
            HttpResponse<String> converted = convertBadge(key, "?format=openbadges-v3");
            assertThat(converted.statusCode()).as(converted.body()).isEqualTo(200);
            String input = converted.headers().firstValue("X-Gateway-Input-Id").orElseThrow();
            JsonNode receipt = JSON.readTree(withKey(admin(), "GET", "/api/v1/inputs/" + input, null).body());
            assertThat(receipt.toString()).contains("\"submittedBy\":\"key:" + made.get("id").asText() + "\"");

            problem(withKey(key, "GET", "/api/v1/deliveries", null), 403, "forbidden");
            problem(withKey(key, "GET", "/api/v1/reviews", null), 403, "forbidden");
            problem(withKey(key, "POST", "/api/v1/reviews/" + UUID.randomUUID() + "/accept", "{\"uri\":\"x\"}"), 403, "forbidden");
            problem(withKey(key, "GET", "/api/v1/api-keys", null), 403, "forbidden");
            problem(withKey(key, "POST", "/api/v1/api-keys", "{\"name\":\"escalate\",\"roles\":[\"admin\"]}"), 403, "forbidden");
            problem(withKey(key, "GET", "/api/v1/actions", null), 403, "forbidden");
        }

        @Test
        void aRevokedKeyGets401AtOnce() throws Exception {
            JsonNode made = makeKey("{\"name\":\"short-lived\",\"roles\":[\"operator\"]}");
            String key = made.get("key").asText();
            assertThat(withKey(key, "GET", "/api/v1/deliveries", null).statusCode()).isEqualTo(200);
            assertThat(withKey(admin(), "DELETE", "/api/v1/api-keys/" + made.get("id").asText(), null).statusCode()).isEqualTo(204);
            problem(withKey(key, "GET", "/api/v1/deliveries", null), 401, "unauthenticated");
            problem(withKey(admin(), "DELETE", "/api/v1/api-keys/" + made.get("id").asText(), null), 409, "key-revoked");

            JsonNode listed = JSON.readTree(withKey(admin(), "GET", "/api/v1/api-keys", null).body());
            assertThat(listed.toString()).doesNotContain(key).doesNotContain("hash");
            JsonNode actions = JSON.readTree(withKey(admin(), "GET", "/api/v1/actions?objectId=" + made.get("id").asText(), null).body());
            List<String> done = new ArrayList<>();
            actions.get("actions").forEach(a -> done.add(a.get("action").asText() + " by " + a.get("actor").asText()));
            assertThat(done).hasSize(2).allSatisfy(d -> assertThat(d).matches("api-key\\.(create|revoke) by key:[0-9a-f-]{36}"));
        }

        @Test
        void aKeyLimitedToFormatsAndTargetsGets403BeyondThem() throws Exception {
            String key = makeKey("{\"name\":\"badges only\",\"roles\":[\"submitter\"],\"formats\":[\"openbadges-v3\"],"
                    + "\"targets\":[\"outbox\"]}").get("key").asText();
            assertThat(convertBadge(key, "?targets=outbox").statusCode()).isEqualTo(200);
            problem(convertBadge(key, "?targets=outbox,registry"), 403, "target-not-allowed");
            problem(withKey(key, "POST", "/api/v1/conversions?format=elmo", "<elmo/>"), 403, "format-not-allowed");
            byte[] elmo = Files.readAllBytes(Path.of("test-data/elmo/multi-report-nested/input.xml"));
            problem(call("POST", "/api/v1/conversions", Map.of("X-API-Key", key, "Content-Type", "application/xml"),
                    new String(elmo, StandardCharsets.UTF_8)), 403, "format-not-allowed");
        }

        @Test
        void refusesKeysWithUnknownRolesOrNoName() throws Exception {
            problem(withKey(admin(), "POST", "/api/v1/api-keys", "{\"name\":\"x\",\"roles\":[\"root\"]}"), 400, "invalid-key-request");
            problem(withKey(admin(), "POST", "/api/v1/api-keys", "{\"roles\":[\"submitter\"]}"), 400, "invalid-key-request");
            problem(withKey(admin(), "POST", "/api/v1/api-keys", "{\"name\":\"x\",\"roles\":[]}"), 400, "invalid-key-request");
        }
    }

    /** Documents that carry a learner's data, converted and quarantined: none of it reaches a log line (checked after all). */
    @Nested
    class LearnerData {
        @Test
        void aBatchWithPlantedLearnersConvertsAndQuarantinesWithoutLoggingThem() throws Exception {
            String given = PlantedValues.plant("learner given name", "Zorvathine");
            String family = PlantedValues.plant("learner family name", "Quillbramble");
            String birth = PlantedValues.plant("learner birth date", "1987-11-23");
            String id = PlantedValues.plant("learner national id", "NID-PLANTED-7755331");
            String badBirth = PlantedValues.plant("learner birth date", "1991-02-31");
            String csv = "givenNames,familyName,birthDate,learnerId,title@en,awardingBodyName@en,awardingBodyCountry,awardingDate\n"
                    + given + "," + family + "," + birth + "," + id + ",Data stewardship,Invented Institute,IE,2025-06-30\n"
                    + given + "x," + family + "y," + badBirth + "," + id + "9,Data stewardship,Invented Institute,IE,2025-06-30\n";
            HttpResponse<String> batch = call("POST", "/api/v1/conversions?format=csv", Map.of("X-API-Key", admin(),
                    "Content-Type", "text/csv"), csv);
            assertThat(batch.statusCode()).as(batch.body()).isEqualTo(200);
            JsonNode summary = JSON.readTree(batch.body());
            assertThat(summary.toString()).contains("\"converted\":1").contains("\"quarantined\":1");

            String email = PlantedValues.plant("learner e-mail", "zorvathine.quillbramble@example.org");
            com.fasterxml.jackson.databind.node.ObjectNode badge = (com.fasterxml.jackson.databind.node.ObjectNode) JSON.readTree(Path.of(BADGE).toFile());
            com.fasterxml.jackson.databind.node.ObjectNode subject = (com.fasterxml.jackson.databind.node.ObjectNode) badge.get("credentialSubject");
            subject.putArray("identifier").addObject().put("type", "IdentityObject").put("identityType", "emailAddress")
                    .put("hashed", false).put("identityHash", email);
            subject.put("name", given + " " + family);
            HttpResponse<String> converted = withKey(admin(), "POST", "/api/v1/conversions?format=openbadges-v3", JSON.writeValueAsString(badge));
            assertThat(converted.statusCode()).as(converted.body()).isIn(200, 422);
            badge.remove("issuer");
            ((com.fasterxml.jackson.databind.node.ObjectNode) subject.get("achievement")).put("name", given + " " + family);
            HttpResponse<String> refused = withKey(admin(), "POST", "/api/v1/conversions?format=openbadges-v3", JSON.writeValueAsString(badge));
            assertThat(refused.statusCode()).as(refused.body()).isGreaterThanOrEqualTo(400);
        }
    }

    @Nested
    class OpenIdConnect {
        String token(String issuer, String subject, List<String> audience, Map<String, Object> claims, long expiry) {
            return PlantedValues.plant("bearer token", OIDC.issueToken(issuer, "console", new DefaultOAuth2TokenCallback(issuer,
                    subject, JOSEObjectType.JWT.getType(), audience, claims, expiry)).serialize());
        }

        Map<String, Object> realmRoles(String... roles) {
            return Map.of("realm_access", Map.of("roles", List.of(roles)));
        }

        /**
         * A token issued by the provider's token endpoint over HTTP (client credentials, so its subject is the client id),
         * as a real client gets it.
         */
        String tokenFromEndpoint(String subject, String... roles) throws Exception {
            OIDC.enqueueCallback(new DefaultOAuth2TokenCallback("agency", subject, JOSEObjectType.JWT.getType(), List.of(AUDIENCE),
                    realmRoles(roles), 300));
            HttpResponse<String> issued = http.send(HttpRequest.newBuilder(URI.create(OIDC.tokenEndpointUrl("agency").toString()))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&client_id=" + subject + "&client_secret=s&scope=gateway"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(issued.statusCode()).as(issued.body()).isEqualTo(200);
            return PlantedValues.plant("bearer token", JSON.readTree(issued.body()).get("access_token").asText());
        }

        String queuedReview() throws Exception {
            HttpResponse<String> converted = convertBadge(admin(), "?format=openbadges-v3");
            assertThat(converted.statusCode()).as(converted.body()).isEqualTo(200);
            JsonNode pending = JSON.readTree(withKey(admin(), "GET", "/api/v1/reviews", null).body()).get("items");
            assertThat(pending).as("the badge queues an ESCO review").isNotEmpty();
            return pending.get(0).get("id").asText();
        }

        @Test
        void aReviewerTokenAcceptsAReviewAndTheActionNamesItsSubject() throws Exception {
            String review = queuedReview();
            String subject = "reviewer-" + UUID.randomUUID();
            String reviewer = tokenFromEndpoint(subject, "reviewer", "offline_access");
            String other = tokenFromEndpoint("operator-" + UUID.randomUUID(), "operator");

            problem(withToken(other, "POST", "/api/v1/reviews/" + review + "/reject", null), 403, "forbidden");
            HttpResponse<String> accepted = withToken(reviewer, "POST", "/api/v1/reviews/" + review + "/accept",
                    "{\"uri\":\"http://data.europa.eu/esco/skill/ccd0a1d9-afda-43d9-b901-96344886e14d\"}");
            assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);

            JsonNode actions = JSON.readTree(withKey(admin(), "GET", "/api/v1/actions?action=review.accept&objectId=" + review, null).body());
            assertThat(actions.get("count").asInt()).isEqualTo(1);
            assertThat(actions.get("actions").get(0).get("actor").asText()).isEqualTo("oidc:" + subject);
        }

        /**
         * Browser login: the authorization code flow with PKCE through the provider's real endpoints; the session then
         * carries the ID token's roles, and a state-changing call on that session alone is refused without a CSRF token.
         */
        @Test
        void aPersonLogsInThroughTheBrowserFlowAndGetsTheIdTokensRoles() throws Exception {
            HttpClient browser = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager())
                    .followRedirects(HttpClient.Redirect.NEVER).build();
            HttpResponse<String> page = browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/actions"))
                    .header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).as("a page request without a session goes to the login").isEqualTo(302);
            URI next = URI.create("http://localhost:" + port).resolve(page.headers().firstValue("Location").orElseThrow());
            assertThat(next.getPath()).isEqualTo("/oauth2/authorization/gateway");

            String subject = "person-" + UUID.randomUUID();
            OIDC.enqueueCallback(new DefaultOAuth2TokenCallback("agency", subject, JOSEObjectType.JWT.getType(), List.of(AUDIENCE),
                    realmRoles("auditor"), 300));
            for (int hop = 0; hop < 6 && !next.getPath().equals("/api/v1/actions"); hop++) {
                HttpResponse<String> answer = browser.send(HttpRequest.newBuilder(next).header("Accept", "text/html").build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(answer.statusCode()).as(next + ": " + answer.body()).isEqualTo(302);
                String location = answer.headers().firstValue("Location").orElseThrow();
                if (location.contains("code_challenge=")) {
                    assertThat(location).as("PKCE").contains("code_challenge_method=S256");
                }
                next = next.resolve(location);
                if (next.getPath().equals("/")) {
                    next = URI.create("http://localhost:" + port + "/api/v1/actions");
                }
            }
            assertThat(next.getPath()).as("the login came back to the page asked for").isEqualTo("/api/v1/actions");
            HttpResponse<String> actions = browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/actions?limit=5"))
                    .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
            assertThat(actions.statusCode()).as(actions.body()).isEqualTo(200);
            HttpResponse<String> forged = browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/api-keys"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"x\",\"roles\":[\"admin\"]}")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(forged.statusCode()).as("no CSRF token: refused").isEqualTo(403);
        }

        @Test
        void rolesComeFromTheConfiguredClaimOnly() throws Exception {
            String auditor = token("agency", "auditor-1", List.of(AUDIENCE), realmRoles("auditor"), 300);
            assertThat(withToken(auditor, "GET", "/api/v1/actions", null).statusCode()).isEqualTo(200);
            problem(withToken(auditor, "POST", "/api/v1/conversions", "{}"), 403, "forbidden");
            String elsewhere = token("agency", "roles-elsewhere", List.of(AUDIENCE), Map.of("roles", List.of("admin")), 300);
            problem(withToken(elsewhere, "GET", "/api/v1/actions", null), 403, "forbidden");
        }

        @Test
        void expiredForeignOrMisaddressedTokensGet401() throws Exception {
            problem(withToken(token("agency", "late", List.of(AUDIENCE), realmRoles("admin"), -600), "GET", "/api/v1/actions", null),
                    401, "unauthenticated");
            problem(withToken(token("agency", "astray", List.of("another-service"), realmRoles("admin"), 300), "GET", "/api/v1/actions", null),
                    401, "unauthenticated");
            problem(withToken(token("elsewhere", "stranger", List.of(AUDIENCE), realmRoles("admin"), 300), "GET", "/api/v1/actions", null),
                    401, "unauthenticated");
            problem(withToken("not.a.jwt", "GET", "/api/v1/actions", null), 401, "unauthenticated");
        }
    }
}
